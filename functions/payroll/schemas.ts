import * as z from 'zod/mini';
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

const DeductionNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

export const DeductionSchema = z
  .union([
    z.strictObject({
      name: DeductionNameSchema,
      percentBps: z
        .number()
        .check(z.int(), z.gte(0), z.lte(10_000), z.meta({ description: 'Of gross, in basis points: 500 is 5 %' })),
    }),
    z.strictObject({
      name: DeductionNameSchema,
      amountMinor: z
        .number()
        .check(z.int(), z.gte(0), z.lte(MAX_RATE_MINOR), z.meta({ description: 'A fixed amount per pay period, minor units' })),
    }),
  ])
  .check(
    z.meta({
      id: 'Deduction',
      description: `A recurring deduction: a percentage of gross or a fixed amount. ${NOT_A_TAX_ENGINE}`,
    }),
  );

const RateSchema = z
  .number()
  .check(
    z.int(),
    z.gte(0),
    z.lte(MAX_RATE_MINOR),
    z.meta({ description: 'Minor units: per hour when hourly, per pay period when salaried' }),
  );

export const EmployeeSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    email: z.optional(z.string()),
    payType: z.enum(PAY_TYPES),
    rateMinor: z.number().check(z.int()),
    deductions: z.array(DeductionSchema),
    active: z.boolean(),
  })
  .check(z.meta({ id: 'Employee' }));

export type Employee = z.infer<typeof EmployeeSchema>;

export const CreateEmployeeSchema = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    email: z.optional(z.email().check(z.maxLength(320))),
    payType: z.enum(PAY_TYPES),
    rateMinor: RateSchema,
    deductions: z._default(z.array(DeductionSchema).check(z.maxLength(20)), []),
    active: z._default(z.boolean(), true),
  })
  .check(z.meta({ id: 'CreateEmployee' }));

export type CreateEmployeeInput = z.infer<typeof CreateEmployeeSchema>;

export const UpdateEmployeeSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    email: z.optional(z.nullable(z.email().check(z.maxLength(320)))).check(z.meta({ description: 'null removes it' })),
    payType: z.optional(z.enum(PAY_TYPES)),
    rateMinor: z.optional(RateSchema),
    deductions: z.optional(z.array(DeductionSchema).check(z.maxLength(20))),
    active: z.optional(z.boolean()),
  })
  .check(z.meta({ id: 'UpdateEmployee' }));

export type UpdateEmployeeInput = z.infer<typeof UpdateEmployeeSchema>;

export const EmployeeListQuerySchema = z.object({
  active: z
    .optional(z.enum(['true', 'false']))
    .check(z.meta({ description: 'Only active (true) or inactive (false) employees' })),
});

const HoursSchema = z.number().check(
  z.gte(0),
  z.lte(MAX_HOURS),
  z.refine((value) => hasAtMostDecimals(value, HOURS_PLACES), `At most ${HOURS_PLACES} decimals`),
  z.meta({ example: 37.5, description: 'Up to 2 decimals' }),
);

export const PayrollLineSchema = z
  .object({
    employeeId: UlidSchema,
    name: z.string(),
    email: z.optional(z.string()),
    payType: z.enum(PAY_TYPES),
    rateMinor: z.number().check(z.int()),
    hours: z.number(),
    grossMinor: z
      .number()
      .check(z.int(), z.meta({ description: 'round_half_up(hours × rateMinor) when hourly; rateMinor when salaried' })),
    deductions: z.array(
      z.object({
        name: z.string(),
        percentBps: z.optional(z.number().check(z.int())),
        amountMinor: z
          .number()
          .check(z.int(), z.meta({ description: 'round_half_up(grossMinor × percentBps / 10000), or the fixed amount' })),
      }),
    ),
    deductionsMinor: z.number().check(z.int()),
    netMinor: z.number().check(z.int(), z.meta({ description: 'grossMinor − deductionsMinor, never below zero' })),
  })
  .check(z.meta({ id: 'PayrollLine' }));

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
    grossMinor: z.number().check(z.int()),
    deductionsMinor: z.number().check(z.int()),
    netMinor: z.number().check(z.int()),
    rejectionReason: z.optional(z.string()),
    submittedAt: z.optional(TimestampSchema),
    approvedAt: z.optional(TimestampSchema),
    approvedBy: z.optional(UlidSchema),
    paidAt: z.optional(TimestampSchema),
  })
  .check(
    z.meta({
      id: 'PayrollRun',
      description: `A pay period's run, one line per employee active when it was created. ${NOT_A_TAX_ENGINE}`,
    }),
  );

export type PayrollRun = z.infer<typeof PayrollRunSchema>;

export const CreatePayrollRunSchema = z
  .strictObject({
    periodStart: DateSchema,
    periodEnd: DateSchema,
    payDate: DateSchema,
  })
  .check(
    z.refine((input) => input.periodEnd >= input.periodStart, {
      message: 'Must be on or after periodStart',
      path: ['periodEnd'],
    }),
    z.meta({ id: 'CreatePayrollRun' }),
  );

export type CreatePayrollRunInput = z.infer<typeof CreatePayrollRunSchema>;

export const UpdatePayrollRunSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    lines: z.array(z.strictObject({ employeeId: z.string(), hours: HoursSchema })).check(
      z.minLength(1),
      z.maxLength(500),
      z.refine((lines) => new Set(lines.map((line) => line.employeeId)).size === lines.length, 'Each employee may appear once'),
    ),
  })
  .check(z.meta({ id: 'UpdatePayrollRun' }));

export type UpdatePayrollRunInput = z.infer<typeof UpdatePayrollRunSchema>;

export const PayrollListQuerySchema = z.object({ status: z.optional(z.enum(PAYROLL_STATUSES)) });

export const PayrollMoveSchema = z
  .strictObject({
    version: z
      .optional(z.number().check(z.int(), z.gte(1)))
      .check(z.meta({ description: 'When given, the move is refused (409) unless it is current' })),
  })
  .check(z.meta({ id: 'PayrollMove' }));

export const PayrollRejectSchema = z
  .strictObject({
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    version: z.optional(z.number().check(z.int(), z.gte(1))),
  })
  .check(z.meta({ id: 'PayrollReject' }));
