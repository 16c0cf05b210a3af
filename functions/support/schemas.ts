import * as z from 'zod/mini';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { isWallTime, PRIORITIES, WEEKDAYS } from './sla.ts';

export const QUEUE_KINDS = ['customer_support', 'it_support', 'compliance'] as const;
export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const VISIBILITIES = ['public', 'internal'] as const;

/** A year of minutes at most. */
const Minutes = z.number().check(z.int(), z.gte(1), z.lte(525_600));
const PerPriority = z.strictObject({ urgent: Minutes, high: Minutes, normal: Minutes, low: Minutes });
const PerPriorityOut = z.object({
  urgent: z.number().check(z.int()),
  high: z.number().check(z.int()),
  normal: z.number().check(z.int()),
  low: z.number().check(z.int()),
});

const WallTime = z.string().check(z.refine(isWallTime, 'HH:MM, 24-hour'), z.meta({ example: '09:00' }));

export const BusinessHoursSchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).check(
      z.minLength(1),
      z.maxLength(7),
      z.refine((days) => new Set(days).size === days.length, 'Each day may appear once'),
    ),
    start: WallTime,
    end: WallTime,
  })
  .check(
    z.refine((hours) => hours.end > hours.start, { message: 'Must be after start', path: ['end'] }),
    z.meta({ id: 'BusinessHours', description: "Opening hours in the client's time zone; SLA minutes count only inside them" }),
  );

const SlaPolicyInput = z.strictObject({ firstResponseMinutes: PerPriority, resolutionMinutes: PerPriority }).check(
  z.superRefine((sla, issues) => {
    for (const priority of PRIORITIES) {
      if (sla.resolutionMinutes[priority] < sla.firstResponseMinutes[priority]) {
        issues.addIssue({
          code: 'custom',
          path: ['resolutionMinutes', priority],
          message: 'Must not be shorter than the first-response target',
        });
      }
    }
  }),
);

export const QueueSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    kind: z.enum(QUEUE_KINDS),
    sla: z.object({ firstResponseMinutes: PerPriorityOut, resolutionMinutes: PerPriorityOut }),
    businessHours: z
      .nullable(z.object({ days: z.array(z.enum(WEEKDAYS)), start: z.string(), end: z.string() }))
      .check(
        z.meta({ description: "null: SLA minutes are calendar minutes; otherwise business minutes in the client's time zone" }),
      ),
  })
  .check(z.meta({ id: 'Queue' }));

export type Queue = z.infer<typeof QueueSchema>;

export const CreateQueueSchema = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    kind: z
      ._default(z.enum(QUEUE_KINDS), 'customer_support')
      .check(z.meta({ description: 'Customer support, IT support or compliance requests' })),
    sla: SlaPolicyInput,
    businessHours: z._default(z.nullable(BusinessHoursSchema), null),
  })
  .check(z.meta({ id: 'CreateQueue' }));

export type CreateQueueInput = z.infer<typeof CreateQueueSchema>;

const Requester = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.email().check(z.maxLength(320)),
});

export const TicketSlaSchema = z
  .object({
    firstResponseDueAt: TimestampSchema,
    resolutionDueAt: TimestampSchema,
    firstResponseBreached: z.boolean(),
    resolutionBreached: z.boolean(),
  })
  .check(z.meta({ id: 'TicketSla' }));

export const TicketSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    queueId: UlidSchema,
    kind: z.enum(QUEUE_KINDS),
    subject: z.string(),
    requester: z.object({ name: z.string(), email: z.string() }),
    priority: z.enum(PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    assigneeId: z.nullable(UlidSchema),
    createdBy: UlidSchema,
    firstRespondedAt: z.nullable(TimestampSchema),
    solvedAt: z.nullable(TimestampSchema),
    closedAt: z.nullable(TimestampSchema),
    sla: TicketSlaSchema,
  })
  .check(z.meta({ id: 'Ticket' }));

export type Ticket = z.infer<typeof TicketSchema>;

export const CreateTicketSchema = z
  .strictObject({
    queueId: UlidSchema,
    subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    requester: Requester,
    priority: z._default(z.enum(PRIORITIES), 'normal'),
    body: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)),
    assigneeId: z.optional(UlidSchema),
  })
  .check(z.meta({ id: 'CreateTicket' }));

export type CreateTicketInput = z.infer<typeof CreateTicketSchema>;

export const UpdateTicketSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    status: z.optional(z.enum(TICKET_STATUSES)),
    priority: z.optional(z.enum(PRIORITIES)),
    assigneeId: z.optional(z.nullable(UlidSchema)),
  })
  .check(z.meta({ id: 'UpdateTicket' }));

export type UpdateTicketInput = z.infer<typeof UpdateTicketSchema>;

export const TicketListQuery = z.object({
  status: z.optional(z.enum(TICKET_STATUSES)),
  priority: z.optional(z.enum(PRIORITIES)),
  assigneeId: z.optional(UlidSchema),
  assignee: z.optional(UlidSchema).check(z.meta({ description: 'Same as `assigneeId`' })),
  queueId: z.optional(UlidSchema),
  breached: z
    .optional(z.enum(['true', 'false']))
    .check(z.meta({ description: 'Tickets with (or without) a breached SLA target' })),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});

export type TicketListFilters = z.infer<typeof TicketListQuery>;

export const MessageSchema = z
  .object({
    ...ResourceFields,
    ticketId: UlidSchema,
    clientId: UlidSchema,
    body: z.string(),
    visibility: z.enum(VISIBILITIES),
    author: z.object({
      kind: z.enum(['requester', 'firm', 'client']),
      id: z.optional(UlidSchema),
      name: z.optional(z.string()),
      email: z.string(),
    }),
  })
  .check(z.meta({ id: 'TicketMessage' }));

export type Message = z.infer<typeof MessageSchema>;

export const CreateMessageSchema = z
  .strictObject({
    body: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)),
    visibility: z
      ._default(z.enum(VISIBILITIES), 'public')
      .check(z.meta({ description: "`internal` notes are never shown to the client's reviewer" })),
  })
  .check(z.meta({ id: 'CreateTicketMessage' }));

export type CreateMessageInput = z.infer<typeof CreateMessageSchema>;
