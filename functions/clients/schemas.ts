import * as z from 'zod/mini';
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

export const CurrencySchema = z.string().check(
  z.refine((value) => CURRENCIES.has(value), 'Must be an ISO 4217 currency code, such as USD'),
  z.meta({ example: 'USD' }),
);

export const TimeZoneSchema = z
  .string()
  .check(
    z.maxLength(64),
    z.refine(isTimeZone, 'Must be an IANA time zone, such as America/New_York'),
    z.meta({ example: 'America/New_York' }),
  );

const ContactSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.email().check(z.maxLength(320)),
});

const BudgetSchema = z.nullable(z.number().check(z.positive(), z.lte(10_000), z.multipleOf(0.25)));

export const ClientSchema = z
  .object({
    ...ResourceFields,
    name: z.string(),
    currency: z.string(),
    timeZone: z.string(),
    billingContact: z.object({ name: z.string(), email: z.string() }),
    active: z.boolean(),
    clientApprovalRequired: z.boolean().check(
      z.meta({
        description: "When on, approved time also needs the client's reviewer to sign it off before it can be billed",
      }),
    ),
    monthlyBudgetHours: z
      .nullable(z.number())
      .check(z.meta({ description: 'Hours per calendar month in the client’s time zone; null for none' })),
  })
  .check(z.meta({ id: 'Client' }));

export type Client = z.infer<typeof ClientSchema>;

export const CreateClientSchema = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    currency: CurrencySchema,
    timeZone: TimeZoneSchema,
    billingContact: ContactSchema,
    active: z._default(z.boolean(), true),
    clientApprovalRequired: z._default(z.boolean(), false),
    monthlyBudgetHours: z._default(BudgetSchema, null),
  })
  .check(z.meta({ id: 'CreateClient' }));

export type CreateClientInput = z.infer<typeof CreateClientSchema>;

export const UpdateClientSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    currency: z.optional(CurrencySchema),
    timeZone: z.optional(TimeZoneSchema),
    billingContact: z.optional(ContactSchema),
    active: z.optional(z.boolean()),
    clientApprovalRequired: z.optional(z.boolean()),
    monthlyBudgetHours: z.optional(BudgetSchema),
  })
  .check(z.meta({ id: 'UpdateClient' }));

export type UpdateClientInput = z.infer<typeof UpdateClientSchema>;
