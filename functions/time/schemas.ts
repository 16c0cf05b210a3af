import * as z from 'zod/mini';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { WORK_ITEM_TYPES } from '../core/work-items.ts';

export const TIME_ENTRY_STATUSES = ['open', 'submitted', 'approved', 'disputed', 'billed'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

export const WorkItemRefSchema = z
  .strictObject({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema })
  .check(z.meta({ id: 'WorkItemRef' }));

const Instant = z.iso
  .datetime({ offset: true })
  .check(z.meta({ example: '2026-11-23T09:30:00Z', description: 'ISO-8601 instant' }));
const Category = z.string().check(z.trim(), z.minLength(1), z.maxLength(60), z.meta({ example: 'bookkeeping' }));
const Note = z.string().check(z.maxLength(2000));

export const TimeEntrySchema = z
  .object({
    ...ResourceFields,
    userId: UlidSchema,
    clientId: UlidSchema,
    startedAt: TimestampSchema,
    endedAt: TimestampSchema,
    durationSeconds: z.number().check(z.int()),
    billable: z.boolean(),
    category: z.string(),
    note: z.string(),
    workItem: z.optional(z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema, title: z.optional(z.string()) })),
    status: z.enum(TIME_ENTRY_STATUSES),
    billingInvoiceId: z.optional(UlidSchema),
    rejectionReason: z.optional(z.string()),
    disputeReason: z.optional(z.string()),
    clientApprovedAt: z.optional(TimestampSchema),
    clientApprovedBy: z.optional(UlidSchema),
  })
  .check(z.meta({ id: 'TimeEntry' }));

export type TimeEntry = z.infer<typeof TimeEntrySchema>;

export const CreateTimeEntrySchema = z
  .strictObject({
    clientId: UlidSchema,
    userId: z.optional(UlidSchema).check(z.meta({ description: 'Managers and owners may record time for another member' })),
    startedAt: Instant,
    endedAt: Instant,
    billable: z._default(z.boolean(), true),
    category: z._default(Category, 'general'),
    note: z._default(Note, ''),
    workItem: z.optional(WorkItemRefSchema),
  })
  .check(z.meta({ id: 'CreateTimeEntry' }));

export type CreateTimeEntryInput = z.infer<typeof CreateTimeEntrySchema>;

export const UpdateTimeEntrySchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    clientId: z.optional(UlidSchema),
    startedAt: z.optional(Instant),
    endedAt: z.optional(Instant),
    billable: z.optional(z.boolean()),
    category: z.optional(Category),
    note: z.optional(Note),
    // A union rather than .nullable(): the OpenAPI generator renders nullable references as an allOf no client can satisfy.
    workItem: z.optional(z.union([WorkItemRefSchema, z.null()])),
  })
  .check(z.meta({ id: 'UpdateTimeEntry' }));

export type UpdateTimeEntryInput = z.infer<typeof UpdateTimeEntrySchema>;

export const DeleteTimeEntryQuery = z.object({
  version: z
    .optional(z.coerce.number().check(z.int(), z.gte(1)))
    .check(z.meta({ description: 'When given, the delete is refused (409) unless it is current' })),
});

export const TimeEntryListQuery = z.object({
  clientId: z.optional(UlidSchema),
  userId: z.optional(UlidSchema),
  status: z.optional(z.enum(TIME_ENTRY_STATUSES)),
  from: z.optional(Instant).check(z.meta({ description: 'Entries starting at or after this instant' })),
  to: z.optional(Instant).check(z.meta({ description: 'Entries starting before this instant' })),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});

export const IdsSchema = z.strictObject({
  ids: z.array(UlidSchema).check(
    z.minLength(1),
    z.maxLength(40),
    z.refine((ids) => new Set(ids).size === ids.length, 'Each id may appear once'),
  ),
});

export const IdsWithReasonSchema = z.extend(IdsSchema, { reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) });

export const ResolveDisputeSchema = z.extend(IdsSchema, {
  resolution: z.enum(['reopen', 'uphold']).check(
    z.meta({
      description: '`reopen` sends the entries back to their agent (open); `uphold` keeps them approved and billable',
    }),
  ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
});

export const BulkResultSchema = z.object({ items: z.array(TimeEntrySchema) }).check(z.meta({ id: 'TimeEntries' }));

export const TimerSchema = z
  .object({
    running: z.boolean(),
    timer: z.nullable(
      z.object({
        clientId: UlidSchema,
        startedAt: TimestampSchema,
        elapsedSeconds: z.number().check(z.int()),
        category: z.string(),
        note: z.string(),
        workItem: z.optional(z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema })),
      }),
    ),
  })
  .check(z.meta({ id: 'Timer' }));

export const StartTimerSchema = z
  .strictObject({
    clientId: UlidSchema,
    workItem: z.optional(WorkItemRefSchema),
    category: z._default(Category, 'general'),
    note: z._default(Note, ''),
    billable: z._default(z.boolean(), true),
  })
  .check(z.meta({ id: 'StartTimer' }));

export const TimesheetQuery = z.object({
  weekOf: z
    .optional(z.iso.date())
    .check(z.meta({ description: 'Any date in the week (weeks start on Monday, UTC); default this week' })),
  userId: z.optional(UlidSchema).check(z.meta({ description: 'Managers and owners may read another member’s week' })),
});

export const TimesheetSchema = z
  .object({
    userId: UlidSchema,
    weekStart: z.string(),
    days: z.array(z.object({ date: z.string(), seconds: z.number().check(z.int()) })),
    clients: z.array(z.object({ clientId: UlidSchema, seconds: z.number().check(z.int()) })),
    totalSeconds: z.number().check(z.int()),
    billableSeconds: z.number().check(z.int()),
    entries: z.array(TimeEntrySchema),
  })
  .check(z.meta({ id: 'Timesheet' }));

export const UsageQuery = z.object({ month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'))) });

const UsageFigures = {
  trackedSeconds: z.number().check(z.int()),
  approvedSeconds: z.number().check(z.int()),
  billedSeconds: z.number().check(z.int()),
};

export const UsageSchema = z
  .object({
    clientId: UlidSchema,
    month: z.string(),
    timeZone: z.string(),
    budgetHours: z.nullable(z.number()),
    ...UsageFigures,
    trackedHours: z.number(),
    percentOfBudget: z.nullable(z.number()).check(z.meta({ description: 'Tracked hours as a percentage of the budget' })),
    byAgent: z.array(z.object({ userId: UlidSchema, ...UsageFigures })),
    byCategory: z.array(z.object({ category: z.string(), ...UsageFigures })),
    byDay: z
      .array(z.object({ date: z.string().check(z.meta({ example: '2026-11-02' })), ...UsageFigures }))
      .check(z.meta({ description: "Days with tracked time, as dates in the client's time zone" })),
  })
  .check(z.meta({ id: 'Usage' }));
