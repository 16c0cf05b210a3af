import * as z from 'zod/mini';
import { hasAtMostDecimals, QUANTITY_PLACES } from '../core/money.ts';
import { DateSchema, ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { CurrencySchema } from '../clients/schemas.ts';

export const INVOICE_STATUSES = ['draft', 'pending_approval', 'approved', 'sent', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Bounds that keep every line and total an exact JSON number (see core/money.ts). */
const MAX_QUANTITY = 1_000_000;
const MAX_UNIT_PRICE_MINOR = 1_000_000_000;

/** Totals a caller sends are accepted and ignored (the contract): the service reads only the inputs it prices. */
const ignoredTotal = z.optional(z.unknown()).check(z.meta({ description: 'Ignored: computed by the server' }));

export const InvoiceLineInputSchema = z
  .strictObject({
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
    quantity: z.number().check(
      z.gt(0),
      z.lte(MAX_QUANTITY),
      z.refine((value) => hasAtMostDecimals(value, QUANTITY_PLACES), `At most ${QUANTITY_PLACES} decimals`),
      z.meta({ example: 1.5, description: 'Above 0, up to 3 decimals' }),
    ),
    unitPriceMinor: z
      .number()
      .check(z.int(), z.gte(0), z.lte(MAX_UNIT_PRICE_MINOR), z.meta({ example: 12500, description: 'Minor units (cents)' })),
    taxRateBps: z
      .number()
      .check(z.int(), z.gte(0), z.lte(10_000), z.meta({ example: 2000, description: 'Basis points: 2000 is 20 %' })),
    amountMinor: ignoredTotal,
    taxMinor: ignoredTotal,
  })
  .check(z.meta({ id: 'InvoiceLineInput' }));

export const CustomerInputSchema = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    email: z.optional(z.email().check(z.maxLength(320))),
  })
  .check(z.meta({ id: 'InvoiceCustomerInput' }));

export const CreateInvoiceSchema = z
  .strictObject({
    customer: CustomerInputSchema,
    issueDate: DateSchema,
    dueDate: DateSchema,
    currency: z.optional(CurrencySchema).check(z.meta({ description: "Defaults to the client's currency" })),
    lines: z.array(InvoiceLineInputSchema).check(z.minLength(1), z.maxLength(100)),
    notes: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
    subtotalMinor: ignoredTotal,
    taxMinor: ignoredTotal,
    totalMinor: ignoredTotal,
  })
  .check(
    z.refine((input) => input.dueDate >= input.issueDate, { message: 'Must be on or after issueDate', path: ['dueDate'] }),
    z.meta({ id: 'CreateInvoice' }),
  );

export type CreateInvoiceInput = z.infer<typeof CreateInvoiceSchema>;

export const UpdateInvoiceSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    customer: z.optional(CustomerInputSchema),
    issueDate: z.optional(DateSchema),
    dueDate: z.optional(DateSchema),
    currency: z.optional(CurrencySchema),
    lines: z.optional(z.array(InvoiceLineInputSchema).check(z.minLength(1), z.maxLength(100))),
    notes: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
    subtotalMinor: ignoredTotal,
    taxMinor: ignoredTotal,
    totalMinor: ignoredTotal,
  })
  .check(z.meta({ id: 'UpdateInvoice' }));

export type UpdateInvoiceInput = z.infer<typeof UpdateInvoiceSchema>;

export const VersionOnlySchema = z
  .strictObject({
    version: z
      .optional(z.number().check(z.int(), z.gte(1)))
      .check(z.meta({ description: 'When given, the move is refused (409) unless it is current' })),
  })
  .check(z.meta({ id: 'ActionVersion' }));

export const RejectSchema = z
  .strictObject({
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    version: z.optional(z.number().check(z.int(), z.gte(1))),
  })
  .check(z.meta({ id: 'Reject' }));

export const RecordPaymentSchema = z
  .strictObject({
    amountMinor: z
      .number()
      .check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER), z.meta({ description: 'Minor units; at most the balance due' })),
    version: z.optional(z.number().check(z.int(), z.gte(1))),
  })
  .check(z.meta({ id: 'RecordPayment' }));

export const InvoiceLineSchema = z
  .object({
    description: z.string(),
    quantity: z.number(),
    unitPriceMinor: z.number().check(z.int()),
    taxRateBps: z.number().check(z.int()),
    amountMinor: z.number().check(z.int(), z.meta({ description: 'round_half_up(quantity × unitPriceMinor)' })),
    taxMinor: z.number().check(z.int(), z.meta({ description: 'round_half_up(amountMinor × taxRateBps / 10000)' })),
  })
  .check(z.meta({ id: 'InvoiceLine' }));

export const InvoiceSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    number: z.string().check(z.meta({ example: 'INV-0001', description: "The client's next in sequence, never reused" })),
    status: z.enum(INVOICE_STATUSES),
    customer: z.object({ id: UlidSchema, name: z.string(), email: z.optional(z.string()) }),
    issueDate: z.string(),
    dueDate: z.string(),
    currency: z.string(),
    lines: z.array(InvoiceLineSchema),
    notes: z.optional(z.string()),
    subtotalMinor: z.number().check(z.int()),
    taxMinor: z.number().check(z.int()),
    totalMinor: z.number().check(z.int()),
    amountPaidMinor: z.number().check(z.int()),
    rejectionReason: z
      .optional(z.string())
      .check(z.meta({ description: "The client reviewer's reason, kept from the last rejection" })),
    submittedAt: z.optional(TimestampSchema),
    approvedAt: z.optional(TimestampSchema),
    approvedBy: z.optional(UlidSchema),
    sentAt: z.optional(TimestampSchema),
    paidAt: z.optional(TimestampSchema),
    voidedAt: z.optional(TimestampSchema),
  })
  .check(z.meta({ id: 'Invoice' }));

export type Invoice = z.infer<typeof InvoiceSchema>;

export const InvoiceListQuerySchema = z.object({
  status: z.optional(z.enum(INVOICE_STATUSES)),
  customerId: z
    .optional(z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Must be a customer id (a ULID)')))
    .check(z.meta({ description: 'Only this remembered customer’s invoices' })),
  from: z.optional(DateSchema).check(z.meta({ description: 'Issued on or after this date' })),
  to: z.optional(DateSchema).check(z.meta({ description: 'Issued on or before this date' })),
});

export const CustomerSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    email: z.optional(z.string()),
  })
  .check(z.meta({ id: 'Customer' }));

export type Customer = z.infer<typeof CustomerSchema>;

export const CustomerListQuerySchema = z.object({
  q: z
    .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)))
    .check(z.meta({ description: 'Names starting with this, any case' })),
});
