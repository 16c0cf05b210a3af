import * as z from 'zod';
import { ResourceFields } from '../core/openapi.ts';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const CurrencySchema = z
  .string()
  .refine((value) => CURRENCIES.has(value), 'Must be an ISO 4217 currency code, such as USD')
  .meta({ example: 'USD' });

export const TimeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Must be an IANA time zone, such as America/New_York')
  .meta({ example: 'America/New_York' });

const ContactSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
});

const BudgetSchema = z.number().positive().max(10_000).multipleOf(0.25).nullable();

export const ClientSchema = z
  .object({
    ...ResourceFields,
    name: z.string(),
    currency: z.string(),
    timeZone: z.string(),
    billingContact: z.object({ name: z.string(), email: z.string() }),
    active: z.boolean(),
    clientApprovalRequired: z.boolean().meta({
      description: "When on, approved time also needs the client's reviewer to sign it off before it can be billed",
    }),
    monthlyBudgetHours: z.number().nullable().meta({ description: 'Hours per calendar month in the client’s time zone; null for none' }),
  })
  .meta({id: 'Client'});

export type Client = z.infer<typeof ClientSchema>;

export const CreateClientSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    currency: CurrencySchema,
    timeZone: TimeZoneSchema,
    billingContact: ContactSchema,
    active: z.boolean().default(true),
    clientApprovalRequired: z.boolean().default(false),
    monthlyBudgetHours: BudgetSchema.default(null),
  })
  .meta({id: 'CreateClient'});

export type CreateClientInput = z.infer<typeof CreateClientSchema>;

export const UpdateClientSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200).optional(),
    currency: CurrencySchema.optional(),
    timeZone: TimeZoneSchema.optional(),
    billingContact: ContactSchema.optional(),
    active: z.boolean().optional(),
    clientApprovalRequired: z.boolean().optional(),
    monthlyBudgetHours: BudgetSchema.optional(),
  })
  .meta({id: 'UpdateClient'});

export type UpdateClientInput = z.infer<typeof UpdateClientSchema>;
