import * as z from 'zod';
import { CurrencySchema } from '../clients/schemas.ts';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';

export const ROUNDING_INCREMENTS = [0, 1, 5, 6, 10, 15, 30, 60] as const;
const Rate = z.number().int().min(0).max(100_000_000).meta({ description: 'Per hour, in minor units' });
const CalendarDate = z.iso.date().meta({ example: '2026-11-01' });

export const RoundingSchema = z.strictObject({
  // The OpenAPI generator documents only the first value of a multi-value literal: name them all.
  incrementMinutes: z.literal(ROUNDING_INCREMENTS).meta({ type: 'integer', enum: [...ROUNDING_INCREMENTS] }),
  mode: z.enum(['up', 'nearest', 'down']),
});

export const RateCardInputSchema = z
  .strictObject({
    effectiveFrom: CalendarDate.optional().meta({ description: "A date in the client's time zone; default today" }),
    currency: CurrencySchema,
    defaultRateMinor: Rate,
    rounding: RoundingSchema.default({ incrementMinutes: 0, mode: 'nearest' }),
    agentRates: z
      .array(z.strictObject({ userId: UlidSchema, rateMinor: Rate }))
      .max(200)
      .default([])
      .refine((rates) => new Set(rates.map((r) => r.userId)).size === rates.length, 'One rate per agent'),
    categoryRates: z
      .array(z.strictObject({ category: z.string().trim().min(1).max(60), rateMinor: Rate }))
      .max(200)
      .default([])
      .refine((rates) => new Set(rates.map((r) => r.category)).size === rates.length, 'One rate per category'),
    visibleToAgents: z.boolean().default(false).meta({ description: 'Whether agents may read the rates (hidden by default)' }),
  })
  .meta({id: 'RateCardInput'});

export type RateCardInput = z.infer<typeof RateCardInputSchema>;

export const RateCardSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    effectiveFrom: z.string(),
    currency: z.string(),
    defaultRateMinor: z.number().int(),
    rounding: z.object({ incrementMinutes: z.number().int(), mode: z.enum(['up', 'nearest', 'down']) }),
    agentRates: z.array(z.object({ userId: UlidSchema, rateMinor: z.number().int() })),
    categoryRates: z.array(z.object({ category: z.string(), rateMinor: z.number().int() })),
    visibleToAgents: z.boolean(),
  })
  .meta({id: 'RateCard'});

export type RateCard = z.infer<typeof RateCardSchema>;

export const RateCardQuery = z.object({
  on: CalendarDate.optional().meta({ description: 'The card in force on this date (default today, in the client’s zone)' }),
});

export const BILLING_STATUSES = ['draft', 'issued', 'paid', 'void'] as const;
export type BillingStatus = (typeof BILLING_STATUSES)[number];

export const BillingLineSchema = z.object({
  description: z.string(),
  userId: UlidSchema,
  rateMinor: z.number().int(),
  durationSeconds: z.number().int(),
  amountMinor: z.number().int(),
  entryIds: z.array(UlidSchema),
});

export type BillingLine = z.infer<typeof BillingLineSchema>;

export const BillingInvoiceSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    number: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.enum(BILLING_STATUSES),
    currency: z.string(),
    lines: z.array(BillingLineSchema),
    subtotalMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    amountPaidMinor: z.number().int(),
    issuedAt: TimestampSchema.optional(),
    paidAt: TimestampSchema.optional(),
    voidedAt: TimestampSchema.optional(),
  })
  .meta({id: 'BillingInvoice'});

export type BillingInvoice = z.infer<typeof BillingInvoiceSchema>;

export const BillingRunSchema = z
  .strictObject({
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
  })
  .refine((run) => run.periodStart <= run.periodEnd, { message: 'periodEnd must not be before periodStart', path: ['periodEnd'] })
  .meta({id: 'BillingRun'});

export const PaymentSchema = z.strictObject({ amountMinor: z.number().int().min(1).max(1_000_000_000_000) }).meta({id: 'BillingPayment'});

export const BillingListQuery = z.object({
  status: z.enum(BILLING_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
