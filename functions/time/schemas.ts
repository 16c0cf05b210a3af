import * as z from 'zod';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { WORK_ITEM_TYPES } from '../core/work-items.ts';

export const TIME_ENTRY_STATUSES = ['open', 'submitted', 'approved', 'disputed', 'billed'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

export const WorkItemRefSchema = z.strictObject({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema }).meta({id: 'WorkItemRef'});

const Instant = z.iso.datetime({ offset: true }).meta({ example: '2026-11-23T09:30:00Z', description: 'ISO-8601 instant' });
const Category = z.string().trim().min(1).max(60).meta({ example: 'bookkeeping' });
const Note = z.string().max(2000);

export const TimeEntrySchema = z
  .object({
    ...ResourceFields,
    userId: UlidSchema,
    clientId: UlidSchema,
    startedAt: TimestampSchema,
    endedAt: TimestampSchema,
    durationSeconds: z.number().int(),
    billable: z.boolean(),
    category: z.string(),
    note: z.string(),
    workItem: z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema, title: z.string().optional() }).optional(),
    status: z.enum(TIME_ENTRY_STATUSES),
    billingInvoiceId: UlidSchema.optional(),
    rejectionReason: z.string().optional(),
    disputeReason: z.string().optional(),
    clientApprovedAt: TimestampSchema.optional(),
    clientApprovedBy: UlidSchema.optional(),
  })
  .meta({id: 'TimeEntry'});

export type TimeEntry = z.infer<typeof TimeEntrySchema>;

export const CreateTimeEntrySchema = z
  .strictObject({
    clientId: UlidSchema,
    userId: UlidSchema.optional().meta({ description: 'Managers and owners may record time for another member' }),
    startedAt: Instant,
    endedAt: Instant,
    billable: z.boolean().default(true),
    category: Category.default('general'),
    note: Note.default(''),
    workItem: WorkItemRefSchema.optional(),
  })
  .meta({id: 'CreateTimeEntry'});

export type CreateTimeEntryInput = z.infer<typeof CreateTimeEntrySchema>;

export const UpdateTimeEntrySchema = z
  .strictObject({
    version: z.number().int().min(1),
    clientId: UlidSchema.optional(),
    startedAt: Instant.optional(),
    endedAt: Instant.optional(),
    billable: z.boolean().optional(),
    category: Category.optional(),
    note: Note.optional(),
    // A union rather than .nullable(): the OpenAPI generator renders nullable references as an allOf no client can satisfy.
    workItem: z.union([WorkItemRefSchema, z.null()]).optional(),
  })
  .meta({id: 'UpdateTimeEntry'});

export type UpdateTimeEntryInput = z.infer<typeof UpdateTimeEntrySchema>;

export const DeleteTimeEntryQuery = z.object({
  version: z.coerce.number().int().min(1).optional().meta({ description: 'When given, the delete is refused (409) unless it is current' }),
});

export const TimeEntryListQuery = z.object({
  clientId: UlidSchema.optional(),
  userId: UlidSchema.optional(),
  status: z.enum(TIME_ENTRY_STATUSES).optional(),
  from: Instant.optional().meta({ description: 'Entries starting at or after this instant' }),
  to: Instant.optional().meta({ description: 'Entries starting before this instant' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});

export const IdsSchema = z.strictObject({
  ids: z
    .array(UlidSchema)
    .min(1)
    .max(40)
    .refine((ids) => new Set(ids).size === ids.length, 'Each id may appear once'),
});

export const IdsWithReasonSchema = IdsSchema.extend({ reason: z.string().trim().min(1).max(1000) });

export const ResolveDisputeSchema = IdsSchema.extend({
  resolution: z.enum(['reopen', 'uphold']).meta({
    description: '`reopen` sends the entries back to their agent (open); `uphold` keeps them approved and billable',
  }),
  note: z.string().trim().max(1000).optional(),
});

export const BulkResultSchema = z.object({ items: z.array(TimeEntrySchema) }).meta({id: 'TimeEntries'});

export const TimerSchema = z
  .object({
    running: z.boolean(),
    timer: z
      .object({
        clientId: UlidSchema,
        startedAt: TimestampSchema,
        elapsedSeconds: z.number().int(),
        category: z.string(),
        note: z.string(),
        workItem: z.object({ type: z.enum(WORK_ITEM_TYPES), id: UlidSchema }).optional(),
      })
      .nullable(),
  })
  .meta({id: 'Timer'});

export const StartTimerSchema = z
  .strictObject({
    clientId: UlidSchema,
    workItem: WorkItemRefSchema.optional(),
    category: Category.default('general'),
    note: Note.default(''),
    billable: z.boolean().default(true),
  })
  .meta({id: 'StartTimer'});

export const TimesheetQuery = z.object({
  weekOf: z.iso.date().optional().meta({ description: 'Any date in the week (weeks start on Monday, UTC); default this week' }),
  userId: UlidSchema.optional().meta({ description: 'Managers and owners may read another member’s week' }),
});

export const TimesheetSchema = z
  .object({
    userId: UlidSchema,
    weekStart: z.string(),
    days: z.array(z.object({ date: z.string(), seconds: z.number().int() })),
    clients: z.array(z.object({ clientId: UlidSchema, seconds: z.number().int() })),
    totalSeconds: z.number().int(),
    billableSeconds: z.number().int(),
    entries: z.array(TimeEntrySchema),
  })
  .meta({id: 'Timesheet'});

export const UsageQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional() });

const UsageFigures = {
  trackedSeconds: z.number().int(),
  approvedSeconds: z.number().int(),
  billedSeconds: z.number().int(),
};

export const UsageSchema = z
  .object({
    clientId: UlidSchema,
    month: z.string(),
    timeZone: z.string(),
    budgetHours: z.number().nullable(),
    ...UsageFigures,
    trackedHours: z.number(),
    percentOfBudget: z.number().nullable().meta({ description: 'Tracked hours as a percentage of the budget' }),
    byAgent: z.array(z.object({ userId: UlidSchema, ...UsageFigures })),
    byCategory: z.array(z.object({ category: z.string(), ...UsageFigures })),
    byDay: z
      .array(z.object({ date: z.string().meta({ example: '2026-11-02' }), ...UsageFigures }))
      .meta({ description: "Days with tracked time, as dates in the client's time zone" }),
  })
  .meta({id: 'Usage'});
