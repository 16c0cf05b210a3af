import * as z from 'zod';
import { ResourceFields, TimestampSchema, UlidSchema } from '../core/openapi.ts';
import { isWallTime, PRIORITIES, WEEKDAYS } from './sla.ts';

export const QUEUE_KINDS = ['customer_support', 'it_support', 'compliance'] as const;
export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const VISIBILITIES = ['public', 'internal'] as const;

/** A year of minutes at most. */
const Minutes = z.number().int().min(1).max(525_600);
const PerPriority = z.strictObject({ urgent: Minutes, high: Minutes, normal: Minutes, low: Minutes });
const PerPriorityOut = z.object({ urgent: z.number().int(), high: z.number().int(), normal: z.number().int(), low: z.number().int() });

const WallTime = z.string().refine(isWallTime, 'HH:MM, 24-hour').meta({ example: '09:00' });

export const BusinessHoursSchema = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day may appear once'),
    start: WallTime,
    end: WallTime,
  })
  .refine((hours) => hours.end > hours.start, { message: 'Must be after start', path: ['end'] })
  .meta({id: 'BusinessHours',  description: "Opening hours in the client's time zone; SLA minutes count only inside them" });

const SlaPolicyInput = z
  .strictObject({ firstResponseMinutes: PerPriority, resolutionMinutes: PerPriority })
  .superRefine((sla, issues) => {
    for (const priority of PRIORITIES) {
      if (sla.resolutionMinutes[priority] < sla.firstResponseMinutes[priority]) {
        issues.addIssue({ code: 'custom', path: ['resolutionMinutes', priority], message: 'Must not be shorter than the first-response target' });
      }
    }
  });

export const QueueSchema = z
  .object({
    ...ResourceFields,
    clientId: UlidSchema,
    name: z.string(),
    kind: z.enum(QUEUE_KINDS),
    sla: z.object({ firstResponseMinutes: PerPriorityOut, resolutionMinutes: PerPriorityOut }),
    businessHours: z
      .object({ days: z.array(z.enum(WEEKDAYS)), start: z.string(), end: z.string() })
      .nullable()
      .meta({ description: "null: SLA minutes are calendar minutes; otherwise business minutes in the client's time zone" }),
  })
  .meta({id: 'Queue'});

export type Queue = z.infer<typeof QueueSchema>;

export const CreateQueueSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(QUEUE_KINDS).default('customer_support').meta({ description: 'Customer support, IT support or compliance requests' }),
    sla: SlaPolicyInput,
    businessHours: BusinessHoursSchema.nullable().default(null),
  })
  .meta({id: 'CreateQueue'});

export type CreateQueueInput = z.infer<typeof CreateQueueSchema>;

const Requester = z.strictObject({ name: z.string().trim().min(1).max(200), email: z.email().max(320) });

export const TicketSlaSchema = z
  .object({
    firstResponseDueAt: TimestampSchema,
    resolutionDueAt: TimestampSchema,
    firstResponseBreached: z.boolean(),
    resolutionBreached: z.boolean(),
  })
  .meta({id: 'TicketSla'});

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
    assigneeId: UlidSchema.nullable(),
    createdBy: UlidSchema,
    firstRespondedAt: TimestampSchema.nullable(),
    solvedAt: TimestampSchema.nullable(),
    closedAt: TimestampSchema.nullable(),
    sla: TicketSlaSchema,
  })
  .meta({id: 'Ticket'});

export type Ticket = z.infer<typeof TicketSchema>;

export const CreateTicketSchema = z
  .strictObject({
    queueId: UlidSchema,
    subject: z.string().trim().min(1).max(300),
    requester: Requester,
    priority: z.enum(PRIORITIES).default('normal'),
    body: z.string().trim().min(1).max(20_000),
    assigneeId: UlidSchema.optional(),
  })
  .meta({id: 'CreateTicket'});

export type CreateTicketInput = z.infer<typeof CreateTicketSchema>;

export const UpdateTicketSchema = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    assigneeId: UlidSchema.nullable().optional(),
  })
  .meta({id: 'UpdateTicket'});

export type UpdateTicketInput = z.infer<typeof UpdateTicketSchema>;

export const TicketListQuery = z.object({
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  assigneeId: UlidSchema.optional(),
  assignee: UlidSchema.optional().meta({ description: 'Same as `assigneeId`' }),
  queueId: UlidSchema.optional(),
  breached: z.enum(['true', 'false']).optional().meta({ description: 'Tickets with (or without) a breached SLA target' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
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
      id: UlidSchema.optional(),
      name: z.string().optional(),
      email: z.string(),
    }),
  })
  .meta({id: 'TicketMessage'});

export type Message = z.infer<typeof MessageSchema>;

export const CreateMessageSchema = z
  .strictObject({
    body: z.string().trim().min(1).max(20_000),
    visibility: z.enum(VISIBILITIES).default('public').meta({ description: "`internal` notes are never shown to the client's reviewer" }),
  })
  .meta({id: 'CreateTicketMessage'});

export type CreateMessageInput = z.infer<typeof CreateMessageSchema>;
