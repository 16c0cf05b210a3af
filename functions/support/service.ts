import type { Client } from '../clients/schemas.ts';
import { getClient, listUnderClient } from '../clients/service.ts';
import type { TenantContext } from '../core/context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, pageUnderParent, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, FIRM_ROLES, type PermissionTable } from '../core/policy.ts';
import { findMember } from '../members/repository.ts';
import * as repository from './repository.ts';
import { publicTicket, type StoredTicket } from './repository.ts';
import type {
  CreateMessageInput,
  CreateQueueInput,
  CreateTicketInput,
  Message,
  Queue,
  Ticket,
  TicketListFilters,
  TicketStatus,
  UpdateTicketInput,
} from './schemas.ts';
import { dueTimes, type Priority, slaFlags } from './sla.ts';

export const supportPermissions = {
  listQueues: ALL_ROLES,
  readQueue: ALL_ROLES,
  createQueue: ADMIN_ROLES,
  listTickets: ALL_ROLES,
  readTicket: ALL_ROLES,
  createTicket: ALL_ROLES,
  updateTicket: FIRM_ROLES,
  listMessages: ALL_ROLES,
  publicReply: ALL_ROLES,
  internalNote: FIRM_ROLES,
} as const satisfies PermissionTable<string>;

/** Where a ticket's status may go by PATCH (a firm reply moves `new` to `open` by itself). */
export const TICKET_STATUS_MOVES: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'pending', 'solved'],
  open: ['pending', 'solved'],
  pending: ['open', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A ticket as a reader sees it at `now`: a target is breached once the sweep flagged it or its due
 * time has passed unmet, so the flags are right even before the sweep comes by.
 */
function present(ticket: StoredTicket, now: number): Ticket {
  const current = slaFlags(ticket, now);
  return {
    ...publicTicket(ticket),
    sla: {
      ...ticket.sla,
      firstResponseBreached: ticket.sla.firstResponseBreached || current.firstResponseBreached,
      resolutionBreached: ticket.sla.resolutionBreached || current.resolutionBreached,
    },
  };
}

/**
 * The ticket with its flags worked out afresh at `now`, for storing: every write re-judges the targets
 * (a new priority re-times them), and the sweep raises the flags of those that pass unmet since.
 */
function withFlags(ticket: StoredTicket, now: number): StoredTicket {
  return { ...ticket, sla: { ...ticket.sla, ...slaFlags(ticket, now) } };
}

export async function createQueue(ctx: TenantContext, clientId: string, input: CreateQueueInput): Promise<Queue> {
  authorize(ctx, supportPermissions.createQueue, clientId);
  await getClient(ctx, clientId);
  const now = iso(Date.now());
  const queue: Queue = {
    id: newId(),
    clientId,
    name: input.name,
    kind: input.kind,
    sla: input.sla,
    businessHours: input.businessHours,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repository.insertQueue(ctx, queue);
  return queue;
}

export async function getQueue(ctx: TenantContext, clientId: string, queueId: string): Promise<Queue> {
  authorize(ctx, supportPermissions.readQueue, clientId);
  const queue = await repository.findQueue(ctx, clientId, queueId);
  if (!queue) throw new NotFound('Queue');
  return queue;
}

export async function listQueues(ctx: TenantContext, clientId: string, query: { limit: number; cursor?: string }): Promise<Page<Queue>> {
  authorize(ctx, supportPermissions.listQueues, clientId);
  const binding = queryBinding(`clients/${clientId}/queues`, {});
  return listUnderClient(ctx, clientId, async () => {
    const position = decodeCursor(ctx, binding, query.cursor);
    const page = await repository.listQueues(ctx, clientId, query.limit, position);
    return { items: page.queues, nextCursor: encodeCursor(ctx, binding, page.lastKey) };
  });
}

/** An assignee is an active firm member who can see the client: an owner, a manager, or an agent assigned to it. */
async function checkAssignee(ctx: TenantContext, clientId: string, assigneeId: string): Promise<void> {
  const member = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(assigneeId) ? await findMember(ctx, assigneeId) : undefined;
  const eligible =
    member?.active &&
    (member.role === 'owner' || member.role === 'manager' || (member.role === 'agent' && member.assignedClientIds.includes(clientId)));
  if (!eligible) {
    throw new Invalid('The assignee must be an active member of the firm who works for this client', [
      { field: 'assigneeId', message: 'Not an owner, manager or agent assigned to this client' },
    ]);
  }
}

function slaCalendar(client: Client, queue: Pick<Queue, 'businessHours'>) {
  return { businessHours: queue.businessHours, timeZone: client.timeZone };
}

/** `options.now` lets the demo seed open tickets in the past; requests always use the clock. */
export interface Clock {
  now?: number;
}

export async function createTicket(ctx: TenantContext, clientId: string, input: CreateTicketInput, options: Clock = {}): Promise<Ticket> {
  authorize(ctx, supportPermissions.createTicket, clientId);
  // The client (404 first, then its zone for the SLA calendar) and the queue, in one read.
  const read = /^[0-9A-HJKMNP-TV-Z]{26}$/.test(input.queueId) ? await repository.findQueueAndClient(ctx, clientId, input.queueId) : { client: await getClient(ctx, clientId) };
  if (!read.client) throw new NotFound('Client');
  const client = read.client;
  const queue = 'queue' in read ? read.queue : undefined;
  if (!queue) throw new Invalid('No such queue for this client', [{ field: 'queueId', message: `No queue ${input.queueId} for this client` }]);
  if (input.assigneeId) {
    if (ctx.role === 'client') throw new Forbidden('Only the firm assigns tickets');
    await checkAssignee(ctx, clientId, input.assigneeId);
  }
  const nowMs = options.now ?? Date.now();
  const now = iso(nowMs);
  const due = dueTimes(now, input.priority, queue.sla, slaCalendar(client, queue));
  const ticket: StoredTicket = withFlags(
    {
      id: newId(),
      clientId,
      queueId: queue.id,
      kind: queue.kind,
      subject: input.subject,
      requester: input.requester,
      priority: input.priority,
      status: 'new',
      assigneeId: input.assigneeId ?? null,
      createdBy: ctx.userId,
      firstRespondedAt: null,
      solvedAt: null,
      closedAt: null,
      sla: { ...due, firstResponseBreached: false, resolutionBreached: false },
      queueTerms: { sla: queue.sla, businessHours: queue.businessHours },
      createdAt: now,
      updatedAt: now,
      version: 1,
    },
    nowMs,
  );
  const opening: Message = {
    id: newId(),
    ticketId: ticket.id,
    clientId,
    body: input.body,
    visibility: 'public',
    author: { kind: 'requester', name: input.requester.name, email: input.requester.email },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repository.insertTicket(ctx, ticket, opening, nowMs);
  return present(ticket, nowMs);
}

async function loadTicket(ctx: TenantContext, clientId: string, ticketId: string): Promise<StoredTicket> {
  authorize(ctx, supportPermissions.readTicket, clientId);
  const ticket = await repository.findTicket(ctx, clientId, ticketId);
  if (!ticket) throw new NotFound('Ticket');
  return ticket;
}

export async function getTicket(ctx: TenantContext, clientId: string, ticketId: string): Promise<Ticket> {
  return present(await loadTicket(ctx, clientId, ticketId), Date.now());
}

export async function listTickets(ctx: TenantContext, clientId: string, filters: TicketListFilters): Promise<Page<Ticket>> {
  authorize(ctx, supportPermissions.listTickets, clientId);
  return listUnderClient(ctx, clientId, () => pageOfTickets(ctx, clientId, filters));
}

async function pageOfTickets(ctx: TenantContext, clientId: string, filters: TicketListFilters): Promise<Page<Ticket>> {
  const assigneeId = filters.assigneeId ?? filters.assignee;
  const breached = filters.breached === undefined ? undefined : filters.breached === 'true';
  const binding = queryBinding(`clients/${clientId}/tickets`, {
    status: filters.status,
    priority: filters.priority,
    assigneeId,
    queueId: filters.queueId,
    breached,
  });
  const position = decodeCursor(ctx, binding, filters.cursor);
  const now = Date.now();
  const page = await repository.listTickets(ctx, clientId, {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(filters.queueId ? { queueId: filters.queueId } : {}),
    ...(breached !== undefined ? { breached } : {}),
    now,
    limit: filters.limit,
    ...(position ? { startKey: position } : {}),
  });
  return { items: page.tickets.map((ticket) => present(ticket, now)), nextCursor: encodeCursor(ctx, binding, page.lastKey) };
}

/** The ticket after a status move: solving stamps `solvedAt`, reopening clears it, closing stamps `closedAt`. */
function moved(ticket: StoredTicket, to: TicketStatus, now: string): StoredTicket {
  return {
    ...ticket,
    status: to,
    solvedAt: to === 'solved' ? now : to === 'closed' ? ticket.solvedAt : null,
    closedAt: to === 'closed' ? now : null,
  };
}

/** Status, priority and assignee (firm roles). A new priority re-times the targets from the ticket's creation. */
export async function updateTicket(
  ctx: TenantContext,
  clientId: string,
  ticketId: string,
  input: UpdateTicketInput,
  options: Clock = {},
): Promise<Ticket> {
  authorize(ctx, supportPermissions.readTicket, clientId);
  // A new priority is re-timed in the client's zone: the client is read with the ticket, in one call.
  const reprioritised = input.priority !== undefined;
  const read = reprioritised ? await repository.findTicketAndClient(ctx, clientId, ticketId) : { ticket: await repository.findTicket(ctx, clientId, ticketId) };
  const before = read.ticket;
  if (!before) throw new NotFound('Ticket');
  authorize(ctx, supportPermissions.updateTicket, clientId);
  if (before.version !== input.version) throw new Conflict('This ticket was changed by someone else; reload it and try again', 'version_conflict');
  const nowMs = options.now ?? Date.now();
  const now = iso(nowMs);
  let after: StoredTicket = { ...before };
  if (input.status !== undefined && input.status !== before.status) {
    if (!TICKET_STATUS_MOVES[before.status].includes(input.status)) {
      throw new Conflict(`A ${before.status} ticket cannot become ${input.status}`, 'invalid_transition');
    }
    after = moved(after, input.status, now);
  }
  if (input.assigneeId !== undefined && input.assigneeId !== before.assigneeId) {
    if (input.assigneeId !== null) await checkAssignee(ctx, clientId, input.assigneeId);
    after.assigneeId = input.assigneeId;
  }
  if (input.priority !== undefined && input.priority !== before.priority) {
    // The queue's targets are kept on the ticket; one opened before they were, reads its queue.
    const client = 'client' in read ? read.client : undefined;
    const queue = before.queueTerms ?? (await repository.findQueue(ctx, clientId, before.queueId));
    if (!client) throw new NotFound('Client');
    if (!queue) throw new Conflict("The ticket's queue no longer exists", 'invalid_transition');
    after.priority = input.priority;
    after.sla = { ...after.sla, ...dueTimes(before.createdAt, input.priority as Priority, queue.sla, slaCalendar(client, queue)) };
  }
  if (after.status === before.status && after.assigneeId === before.assigneeId && after.priority === before.priority) {
    return present(before, nowMs);
  }
  after = withFlags({ ...after, updatedAt: now, version: before.version + 1 }, nowMs);
  await repository.replaceTicket(ctx, before, after, nowMs, {
    action: 'ticket.update',
    entity: 'ticket',
    entityId: after.id,
    clientId,
    before: publicTicket(before),
    after: publicTicket(after),
  });
  return present(after, nowMs);
}

export async function listMessages(
  ctx: TenantContext,
  clientId: string,
  ticketId: string,
  query: { limit: number; cursor?: string },
): Promise<Page<Message>> {
  authorize(ctx, supportPermissions.listMessages, clientId);
  // Internal notes are the firm's: the client's reviewer never receives them, not even as a count.
  const publicOnly = ctx.role === 'client';
  const binding = queryBinding(`clients/${clientId}/tickets/${ticketId}/messages`, { publicOnly });
  // Messages live in their ticket's partition, under the client the caller may see: a message found there
  // proves the ticket, so the ticket is read only for an empty page (or a refused one), where a made-up
  // or another client's ticket answers 404 as before.
  return pageUnderParent(
    async () => {
      const position = decodeCursor(ctx, binding, query.cursor);
      const page = await repository.listMessages(ctx, clientId, ticketId, { publicOnly, limit: query.limit, ...(position ? { startKey: position } : {}) });
      return { items: page.messages, nextCursor: encodeCursor(ctx, binding, page.lastKey) };
    },
    () => loadTicket(ctx, clientId, ticketId),
  );
}

/**
 * A reply or an internal note. The firm's first public reply stamps `firstRespondedAt` and moves a
 * new ticket to open; a public reply from the client's reviewer reopens a pending or solved one.
 */
export async function addMessage(
  ctx: TenantContext,
  clientId: string,
  ticketId: string,
  input: CreateMessageInput,
  options: Clock = {},
): Promise<Message> {
  const ticket = await loadTicket(ctx, clientId, ticketId);
  authorize(ctx, input.visibility === 'internal' ? supportPermissions.internalNote : supportPermissions.publicReply, clientId);
  if (ticket.status === 'closed') throw new Conflict('A closed ticket takes no more messages', 'invalid_transition');
  const nowMs = options.now ?? Date.now();
  const now = iso(nowMs);
  const fromFirm = ctx.role !== 'client';
  const message: Message = {
    id: newId(),
    ticketId,
    clientId,
    body: input.body,
    visibility: input.visibility,
    author: { kind: fromFirm ? 'firm' : 'client', id: ctx.userId, email: ctx.email },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  let after: StoredTicket | undefined;
  if (input.visibility === 'public' && fromFirm && !ticket.firstRespondedAt) {
    after = { ...ticket, firstRespondedAt: now, status: ticket.status === 'new' ? 'open' : ticket.status };
  } else if (input.visibility === 'public' && !fromFirm && (ticket.status === 'pending' || ticket.status === 'solved')) {
    after = moved(ticket, 'open', now);
  }
  await repository.insertMessage(
    ctx,
    message,
    after ? { before: ticket, after: withFlags({ ...after, updatedAt: now, version: ticket.version + 1 }, nowMs), now: nowMs } : undefined,
  );
  return message;
}

/**
 * The SLA sweep's step for one ticket, in the ticket's tenant's system context: store the breach flags
 * as they are at `now` and move the ticket's sweep entry to its next due time (or drop it). Breach flags
 * derive from due times and the clock, so the write leaves `version` alone and never makes a person's
 * edit stale; it is still conditional on the version read, so it never overwrites a change made since.
 * Returns whether a flag was raised.
 */
export async function sweepTicket(ctx: TenantContext, clientId: string, ticketId: string, now: number): Promise<boolean> {
  const before = await repository.findTicket(ctx, clientId, ticketId);
  if (!before) return false;
  const after = withFlags(before, now);
  const raised =
    (after.sla.firstResponseBreached && !before.sla.firstResponseBreached) || (after.sla.resolutionBreached && !before.sla.resolutionBreached);
  try {
    await repository.replaceTicket(
      ctx,
      before,
      after,
      now,
      raised ? { action: 'ticket.sla_breach', entity: 'ticket', entityId: after.id, clientId, before: before.sla, after: after.sla } : [],
    );
  } catch (error) {
    // Changed since we read it: that write stored current flags and its own sweep entry.
    if (error instanceof Conflict) return false;
    throw error;
  }
  return raised;
}
