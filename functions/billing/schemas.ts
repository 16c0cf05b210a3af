import * as z from 'zod/mini';
import { CurrencySchema } from '../clients/schemas.ts';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';

export const ROUNDING_INCREMENTS = [0, 1, 5, 6, 10, 15, 30, 60] as const;
const Rate = z.number().check(z.int(), z.gte(0), z.lte(100_000_000), z.meta({ description: 'Per hour, in minor units' }));
const CalendarDate = z.iso.date().check(z.meta({ example: '2026-11-01' }));

export const RoundingSchema = z.strictObject({
  // The OpenAPI generator documents only the first value of a multi-value literal: name them all.
  incrementMinutes: z.literal(ROUNDING_INCREMENTS).check(z.meta({ type: 'integer', enum: [...ROUNDING_INCREMENTS] })),
  mode: z.enum(['up', 'nearest', 'down']),
});

export const RateCardInputSchema = z
  .strictObject({
    effectiveFrom: z.optional(CalendarDate).check(z.meta({ description: "A date in the client's time zone; default today" })),
    currency: CurrencySchema,
    defaultRateMinor: Rate,
    rounding: z._default(RoundingSchema, { incrementMinutes: 0, mode: 'nearest' }),
    agentRates: z
      ._default(z.array(z.strictObject({ userId: UlidSchema, rateMinor: Rate })).check(z.maxLength(200)), [])
      .check(z.refine((rates) => new Set(rates.map((r) => r.userId)).size === rates.length, 'One rate per agent')),
    categoryRates: z
      ._default(
        z
          .array(z.strictObject({ category: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)), rateMinor: Rate }))
          .check(z.maxLength(200)),
        [],
      )
      .check(z.refine((rates) => new Set(rates.map((r) => r.category)).size === rates.length, 'One rate per category')),
    visibleToAgents: z
      ._default(z.boolean(), false)
      .check(z.meta({ description: 'Whether agents may read the rates (hidden by default)' })),
  })
  .check(z.meta({ id: 'RateCardInput' }));

export type RateCardInput = z.infer<typeof RateCardInputSchema>;

export const RateCardSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    effectiveFrom: z.string(),
    currency: z.string(),
    defaultRateMinor: z.number().check(z.int()),
    rounding: z.object({ incrementMinutes: z.number().check(z.int()), mode: z.enum(['up', 'nearest', 'down']) }),
    agentRates: z.array(z.object({ userId: UlidSchema, rateMinor: z.number().check(z.int()) })),
    categoryRates: z.array(z.object({ category: z.string(), rateMinor: z.number().check(z.int()) })),
    visibleToAgents: z.boolean(),
  })
  .check(z.meta({ id: 'RateCard' }));

export type RateCard = z.infer<typeof RateCardSchema>;

export const RateCardQuery = z.object({
  on: z
    .optional(CalendarDate)
    .check(z.meta({ description: 'The card in force on this date (default today, in the client’s zone)' })),
});

export const BILLING_STATUSES = ['draft', 'issued', 'paid', 'void'] as const;
export type BillingStatus = (typeof BILLING_STATUSES)[number];

export const BillingLineSchema = z.object({
  description: z.string(),
  userId: UlidSchema,
  rateMinor: z.number().check(z.int()),
  durationSeconds: z.number().check(z.int()),
  amountMinor: z.number().check(z.int()),
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
    subtotalMinor: z.number().check(z.int()),
    taxMinor: z.number().check(z.int()),
    totalMinor: z.number().check(z.int()),
    amountPaidMinor: z.number().check(z.int()),
    issuedAt: z.optional(TimestampSchema),
    paidAt: z.optional(TimestampSchema),
    voidedAt: z.optional(TimestampSchema),
  })
  .check(z.meta({ id: 'BillingInvoice' }));

export type BillingInvoice = z.infer<typeof BillingInvoiceSchema>;

export const BillingRunSchema = z
  .strictObject({
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
  })
  .check(
    z.refine((run) => run.periodStart <= run.periodEnd, {
      message: 'periodEnd must not be before periodStart',
      path: ['periodEnd'],
    }),
    z.meta({ id: 'BillingRun' }),
  );

export const PaymentSchema = z
  .strictObject({ amountMinor: z.number().check(z.int(), z.gte(1), z.lte(1_000_000_000_000)) })
  .check(z.meta({ id: 'BillingPayment' }));

export const BillingListQuery = z.object({
  status: z.optional(z.enum(BILLING_STATUSES)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});
