import * as z from 'zod';
import { hasAtMostDecimals, QUANTITY_PLACES } from '../core/money.ts';
import { DateSchema, ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { CurrencySchema } from '../clients/schemas.ts';

export const INVOICE_STATUSES = ['draft', 'pending_approval', 'approved', 'sent', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Bounds that keep every line and total an exact JSON number (see core/money.ts). */
const MAX_QUANTITY = 1_000_000;
const MAX_UNIT_PRICE_MINOR = 1_000_000_000;

/** Totals a caller sends are accepted and ignored (the contract): the service reads only the inputs it prices. */
const ignoredTotal = z.unknown().optional().meta({ description: 'Ignored: computed by the server' });

export const InvoiceLineInputSchema = z
  .strictObject({
    description: z.string().trim().min(1).max(500),
    quantity: z
      .number()
      .gt(0)
      .max(MAX_QUANTITY)
      .refine((value) => hasAtMostDecimals(value, QUANTITY_PLACES), `At most ${QUANTITY_PLACES} decimals`)
      .meta({ example: 1.5, description: 'Above 0, up to 3 decimals' }),
    unitPriceMinor: z.number().int().min(0).max(MAX_UNIT_PRICE_MINOR).meta({ example: 12500, description: 'Minor units (cents)' }),
    taxRateBps: z.number().int().min(0).max(10_000).meta({ example: 2000, description: 'Basis points: 2000 is 20 %' }),
    amountMinor: ignoredTotal,
    taxMinor: ignoredTotal,
  })
  .meta({id: 'InvoiceLineInput'});

export const CustomerInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320).optional(),
  })
  .meta({id: 'InvoiceCustomerInput'});

export const CreateInvoiceSchema = z
  .strictObject({
    customer: CustomerInputSchema,
    issueDate: DateSchema,
    dueDate: DateSchema,
    currency: CurrencySchema.optional().meta({ description: "Defaults to the client's currency" }),
    lines: z.array(InvoiceLineInputSchema).min(1).max(100),
    notes: z.string().trim().max(2000).optional(),
    subtotalMinor: ignoredTotal,
    taxMinor: ignoredTotal,
    totalMinor: ignoredTotal,
  })
  .refine((input) => input.dueDate >= input.issueDate, { message: 'Must be on or after issueDate', path: ['dueDate'] })
  .meta({id: 'CreateInvoice'});

export type CreateInvoiceInput = z.infer<typeof CreateInvoiceSchema>;

export const UpdateInvoiceSchema = z
  .strictObject({
    version: z.number().int().min(1),
    customer: CustomerInputSchema.optional(),
    issueDate: DateSchema.optional(),
    dueDate: DateSchema.optional(),
    currency: CurrencySchema.optional(),
    lines: z.array(InvoiceLineInputSchema).min(1).max(100).optional(),
    notes: z.string().trim().max(2000).optional(),
    subtotalMinor: ignoredTotal,
    taxMinor: ignoredTotal,
    totalMinor: ignoredTotal,
  })
  .meta({id: 'UpdateInvoice'});

export type UpdateInvoiceInput = z.infer<typeof UpdateInvoiceSchema>;

export const VersionOnlySchema = z
  .strictObject({
    version: z.number().int().min(1).optional().meta({ description: 'When given, the move is refused (409) unless it is current' }),
  })
  .meta({id: 'ActionVersion'});

export const RejectSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(2000),
    version: z.number().int().min(1).optional(),
  })
  .meta({id: 'Reject'});

export const RecordPaymentSchema = z
  .strictObject({
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Minor units; at most the balance due' }),
    version: z.number().int().min(1).optional(),
  })
  .meta({id: 'RecordPayment'});

export const InvoiceLineSchema = z
  .object({
    description: z.string(),
    quantity: z.number(),
    unitPriceMinor: z.number().int(),
    taxRateBps: z.number().int(),
    amountMinor: z.number().int().meta({ description: 'round_half_up(quantity × unitPriceMinor)' }),
    taxMinor: z.number().int().meta({ description: 'round_half_up(amountMinor × taxRateBps / 10000)' }),
  })
  .meta({id: 'InvoiceLine'});

export const InvoiceSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    number: z.string().meta({ example: 'INV-0001', description: "The client's next in sequence, never reused" }),
    status: z.enum(INVOICE_STATUSES),
    customer: z.object({ id: UlidSchema, name: z.string(), email: z.string().optional() }),
    issueDate: z.string(),
    dueDate: z.string(),
    currency: z.string(),
    lines: z.array(InvoiceLineSchema),
    notes: z.string().optional(),
    subtotalMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    amountPaidMinor: z.number().int(),
    rejectionReason: z.string().optional().meta({ description: "The client reviewer's reason, kept from the last rejection" }),
    submittedAt: TimestampSchema.optional(),
    approvedAt: TimestampSchema.optional(),
    approvedBy: UlidSchema.optional(),
    sentAt: TimestampSchema.optional(),
    paidAt: TimestampSchema.optional(),
    voidedAt: TimestampSchema.optional(),
  })
  .meta({id: 'Invoice'});

export type Invoice = z.infer<typeof InvoiceSchema>;

export const InvoiceListQuerySchema = z.object({
  status: z.enum(INVOICE_STATUSES).optional(),
  customerId: z
    .string()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a customer id (a ULID)')
    .optional()
    .meta({ description: 'Only this remembered customer’s invoices' }),
  from: DateSchema.optional().meta({ description: 'Issued on or after this date' }),
  to: DateSchema.optional().meta({ description: 'Issued on or before this date' }),
});

export const CustomerSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    email: z.string().optional(),
  })
  .meta({id: 'Customer'});

export type Customer = z.infer<typeof CustomerSchema>;

export const CustomerListQuerySchema = z.object({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Names starting with this, any case' }),
});
