import * as z from 'zod';
import { HOURS_PLACES, hasAtMostDecimals } from '../core/money.ts';
import { DateSchema, ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';

/** Said wherever deductions appear: the API docs and the portal read the same words. */
export const NOT_A_TAX_ENGINE =
  'Deductions are the amounts or percentages configured on each employee, applied as they are: Backdesk is not a tax engine ' +
  'and computes no income tax, social security or other statutory withholding.';

export const PAY_TYPES = ['hourly', 'salaried'] as const;
export const PAYROLL_STATUSES = ['draft', 'pending_approval', 'approved', 'paid'] as const;
export type PayrollStatus = (typeof PAYROLL_STATUSES)[number];

const MAX_RATE_MINOR = 1_000_000_000;
const MAX_HOURS = 1000;

const DeductionNameSchema = z.string().trim().min(1).max(100);

export const DeductionSchema = z
  .union([
    z.strictObject({
      name: DeductionNameSchema,
      percentBps: z.number().int().min(0).max(10_000).meta({ description: 'Of gross, in basis points: 500 is 5 %' }),
    }),
    z.strictObject({
      name: DeductionNameSchema,
      amountMinor: z.number().int().min(0).max(MAX_RATE_MINOR).meta({ description: 'A fixed amount per pay period, minor units' }),
    }),
  ])
  .meta({id: 'Deduction',  description: `A recurring deduction: a percentage of gross or a fixed amount. ${NOT_A_TAX_ENGINE}` });

const RateSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_RATE_MINOR)
  .meta({ description: 'Minor units: per hour when hourly, per pay period when salaried' });

export const EmployeeSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    email: z.string().optional(),
    payType: z.enum(PAY_TYPES),
    rateMinor: z.number().int(),
    deductions: z.array(DeductionSchema),
    active: z.boolean(),
  })
  .meta({id: 'Employee'});

export type Employee = z.infer<typeof EmployeeSchema>;

export const CreateEmployeeSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320).optional(),
    payType: z.enum(PAY_TYPES),
    rateMinor: RateSchema,
    deductions: z.array(DeductionSchema).max(20).default([]),
    active: z.boolean().default(true),
  })
  .meta({id: 'CreateEmployee'});

export type CreateEmployeeInput = z.infer<typeof CreateEmployeeSchema>;

export const UpdateEmployeeSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).nullable().optional().meta({ description: 'null removes it' }),
    payType: z.enum(PAY_TYPES).optional(),
    rateMinor: RateSchema.optional(),
    deductions: z.array(DeductionSchema).max(20).optional(),
    active: z.boolean().optional(),
  })
  .meta({id: 'UpdateEmployee'});

export type UpdateEmployeeInput = z.infer<typeof UpdateEmployeeSchema>;

export const EmployeeListQuerySchema = z.object({
  active: z.enum(['true', 'false']).optional().meta({ description: 'Only active (true) or inactive (false) employees' }),
});

const HoursSchema = z
  .number()
  .min(0)
  .max(MAX_HOURS)
  .refine((value) => hasAtMostDecimals(value, HOURS_PLACES), `At most ${HOURS_PLACES} decimals`)
  .meta({ example: 37.5, description: 'Up to 2 decimals' });

export const PayrollLineSchema = z
  .object({
    employeeId: UlidSchema,
    name: z.string(),
    email: z.string().optional(),
    payType: z.enum(PAY_TYPES),
    rateMinor: z.number().int(),
    hours: z.number(),
    grossMinor: z.number().int().meta({ description: 'round_half_up(hours × rateMinor) when hourly; rateMinor when salaried' }),
    deductions: z.array(
      z.object({
        name: z.string(),
        percentBps: z.number().int().optional(),
        amountMinor: z.number().int().meta({ description: 'round_half_up(grossMinor × percentBps / 10000), or the fixed amount' }),
      }),
    ),
    deductionsMinor: z.number().int(),
    netMinor: z.number().int().meta({ description: 'grossMinor − deductionsMinor, never below zero' }),
  })
  .meta({id: 'PayrollLine'});

export type PayrollLine = z.infer<typeof PayrollLineSchema>;

export const PayrollRunSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    status: z.enum(PAYROLL_STATUSES),
    periodStart: z.string(),
    periodEnd: z.string(),
    payDate: z.string(),
    currency: z.string(),
    lines: z.array(PayrollLineSchema),
    grossMinor: z.number().int(),
    deductionsMinor: z.number().int(),
    netMinor: z.number().int(),
    rejectionReason: z.string().optional(),
    submittedAt: TimestampSchema.optional(),
    approvedAt: TimestampSchema.optional(),
    approvedBy: UlidSchema.optional(),
    paidAt: TimestampSchema.optional(),
  })
  .meta({id: 'PayrollRun',  description: `A pay period's run, one line per employee active when it was created. ${NOT_A_TAX_ENGINE}` });

export type PayrollRun = z.infer<typeof PayrollRunSchema>;

export const CreatePayrollRunSchema = z
  .strictObject({
    periodStart: DateSchema,
    periodEnd: DateSchema,
    payDate: DateSchema,
  })
  .refine((input) => input.periodEnd >= input.periodStart, { message: 'Must be on or after periodStart', path: ['periodEnd'] })
  .meta({id: 'CreatePayrollRun'});

export type CreatePayrollRunInput = z.infer<typeof CreatePayrollRunSchema>;

export const UpdatePayrollRunSchema = z
  .strictObject({
    version: z.number().int().min(1),
    lines: z
      .array(z.strictObject({ employeeId: z.string(), hours: HoursSchema }))
      .min(1)
      .max(500)
      .refine((lines) => new Set(lines.map((line) => line.employeeId)).size === lines.length, 'Each employee may appear once'),
  })
  .meta({id: 'UpdatePayrollRun'});

export type UpdatePayrollRunInput = z.infer<typeof UpdatePayrollRunSchema>;

export const PayrollListQuerySchema = z.object({ status: z.enum(PAYROLL_STATUSES).optional() });

export const PayrollMoveSchema = z
  .strictObject({
    version: z.number().int().min(1).optional().meta({ description: 'When given, the move is refused (409) unless it is current' }),
  })
  .meta({id: 'PayrollMove'});

export const PayrollRejectSchema = z
  .strictObject({ reason: z.string().trim().min(1).max(2000), version: z.number().int().min(1).optional() })
  .meta({id: 'PayrollReject'});
