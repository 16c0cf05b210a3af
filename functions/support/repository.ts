import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, type Item, queryItems, querySweepIndex, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { keys, sweepKeys } from '../core/keys.ts';
import { workItemRecord } from '../core/work-items.ts';
import type { Client } from '../clients/schemas.ts';
import type { Message, Queue, Ticket, TicketStatus } from './schemas.ts';
import { nextSweepDueAt } from './sla.ts';

/**
 * A queue's SLA terms as a ticket keeps them. Queues do not change once opened (there is no update
 * route), so the copy taken when the ticket is opened stays true, and a new priority is re-timed from
 * the ticket itself instead of another read of the queue.
 */
export type QueueTerms = Pick<Queue, 'sla' | 'businessHours'>;

/**
 * What is stored of a ticket: the flags as of its last write (reads recompute them, see sla.ts) and its
 * queue's terms (absent on tickets opened before they were kept), which no reader is shown.
 */
export type StoredTicket = Ticket & { queueTerms?: QueueTerms };

/** The ticket as readers and the audit trail see it: without the stored queue terms. */
export function publicTicket(ticket: StoredTicket): Ticket {
  const { queueTerms: _terms, ...rest } = ticket;
  return rest;
}

/** A queue and its client (whose time zone the SLA calendar keeps), in one BatchGetItem. */
export async function findQueueAndClient(ctx: TenantContext, clientId: string, queueId: string): Promise<{ queue?: Queue; client?: Client }> {
  const queueKey = keys.queue(ctx, clientId, queueId);
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [clientKey, queueKey]);
  const queue = items.find((item) => item.pk === queueKey.pk && item.sk === queueKey.sk);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return { ...(queue ? { queue: withoutKeys<Queue>(queue) } : {}), ...(client ? { client: withoutKeys<Client>(client) } : {}) };
}

export async function findQueue(ctx: TenantContext, clientId: string, queueId: string): Promise<Queue | undefined> {
  const item = await getItem(ctx, keys.queue(ctx, clientId, queueId));
  return item ? withoutKeys<Queue>(item) : undefined;
}

export async function listQueues(ctx: TenantContext, clientId: string, limit: number, startKey?: Item) {
  const page = await queryItems(ctx, { ...keys.queues(ctx, clientId), limit, ...(startKey ? { startKey } : {}) });
  return { queues: page.items.map((item) => withoutKeys<Queue>(item)), lastKey: page.lastKey };
}

export async function insertQueue(ctx: TenantContext, queue: Queue): Promise<void> {
  await writeItems(ctx, [{ put: { ...keys.queue(ctx, queue.clientId, queue.id), type: 'queue', ...queue }, condition: 'absent' }], {
    action: 'queue.create',
    entity: 'queue',
    entityId: queue.id,
    clientId: queue.clientId,
    after: queue,
  });
}

/**
 * A ticket as stored: its key, the three list indexes, and two things for time-based reads. The
 * `sweep` index entry names the next due time the SLA sweep must look at (none once nothing is left
 * to breach); `openFirstResponseDueAt` / `openResolutionDueAt` exist only while a target is unmet, so
 * the `breached` list filter can compare them with the current time.
 */
function ticketItem(ctx: TenantContext, ticket: StoredTicket, now: number) {
  const next = nextSweepDueAt(ticket, now);
  return {
    ...keys.ticket(ctx, ticket.clientId, ticket.id),
    ...keys.ticketIndexes(ctx, ticket),
    ...(next ? sweepKeys.sla(ctx, ticket.clientId, ticket.id, next) : {}),
    ...(ticket.firstRespondedAt ? {} : { openFirstResponseDueAt: ticket.sla.firstResponseDueAt }),
    ...(ticket.solvedAt || ticket.status === 'closed' ? {} : { openResolutionDueAt: ticket.sla.resolutionDueAt }),
    type: 'ticket',
    ...ticket,
  };
}

function toTicket(item: Item): StoredTicket {
  const { openFirstResponseDueAt: _f, openResolutionDueAt: _r, ...rest } = withoutKeys<StoredTicket & Item>(item);
  return rest as StoredTicket;
}

const ticketWorkItem = (ctx: TenantContext, ticket: StoredTicket) =>
  workItemRecord(ctx, { type: 'ticket', id: ticket.id, clientId: ticket.clientId, title: ticket.subject, status: ticket.status });

const messageItem = (ctx: TenantContext, message: Message) => ({
  ...keys.ticketMessage(ctx, message.clientId, message.ticketId, message.id),
  type: 'ticket_message',
  ...message,
});

/** A ticket and its client (whose time zone re-times a new priority), in one BatchGetItem. */
export async function findTicketAndClient(ctx: TenantContext, clientId: string, ticketId: string): Promise<{ ticket?: StoredTicket; client?: Client }> {
  const ticketKey = keys.ticket(ctx, clientId, ticketId);
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [ticketKey, clientKey]);
  const ticket = items.find((item) => item.pk === ticketKey.pk && item.sk === ticketKey.sk);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return { ...(ticket ? { ticket: toTicket(ticket) } : {}), ...(client ? { client: withoutKeys<Client>(client) } : {}) };
}

export async function findTicket(ctx: TenantContext, clientId: string, ticketId: string): Promise<StoredTicket | undefined> {
  const item = await getItem(ctx, keys.ticket(ctx, clientId, ticketId));
  return item ? toTicket(item) : undefined;
}

/** A new ticket, its opening message and its work-item directory record, in one transaction. */
export async function insertTicket(ctx: TenantContext, ticket: StoredTicket, opening: Message, now: number): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: ticketItem(ctx, ticket, now), condition: 'absent' },
      { put: messageItem(ctx, opening), condition: 'absent' },
      ticketWorkItem(ctx, ticket),
    ],
    [
      { action: 'ticket.create', entity: 'ticket', entityId: ticket.id, clientId: ticket.clientId, after: publicTicket(ticket) },
      { action: 'ticket_message.create', entity: 'ticket_message', entityId: opening.id, clientId: ticket.clientId, after: opening },
    ],
  );
}

/** A ticket change conditional on the version read; the directory record follows status changes. */
export function replaceTicketOps(ctx: TenantContext, before: StoredTicket, after: StoredTicket, now: number): WriteOp[] {
  return [
    { put: ticketItem(ctx, after, now), condition: { version: before.version } },
    ...(before.status !== after.status || before.subject !== after.subject ? [ticketWorkItem(ctx, after)] : []),
  ];
}

export async function replaceTicket(
  ctx: TenantContext,
  before: StoredTicket,
  after: StoredTicket,
  now: number,
  audit: AuditEvent | AuditEvent[],
): Promise<void> {
  await writeItems(ctx, replaceTicketOps(ctx, before, after, now), audit);
}

/**
 * A message, with the ticket change it causes (first response, reopening) when it causes one; when it
 * causes none, only a check that the ticket is still there, so messages never contend for its version.
 */
export async function insertMessage(
  ctx: TenantContext,
  message: Message,
  ticketChange: { before: StoredTicket; after: StoredTicket; now: number } | undefined,
): Promise<void> {
  const audit: AuditEvent[] = [
    { action: 'ticket_message.create', entity: 'ticket_message', entityId: message.id, clientId: message.clientId, after: message },
  ];
  const ticketOps: WriteOp[] = ticketChange
    ? replaceTicketOps(ctx, ticketChange.before, ticketChange.after, ticketChange.now)
    : [{ check: keys.ticket(ctx, message.clientId, message.ticketId), condition: 'present' }];
  if (ticketChange) {
    audit.push({
      action: 'ticket.update',
      entity: 'ticket',
      entityId: ticketChange.after.id,
      clientId: ticketChange.after.clientId,
      before: publicTicket(ticketChange.before),
      after: publicTicket(ticketChange.after),
    });
  }
  await writeItems(ctx, [{ put: messageItem(ctx, message), condition: 'absent' }, ...ticketOps], audit);
}

export async function listMessages(
  ctx: TenantContext,
  clientId: string,
  ticketId: string,
  query: { publicOnly: boolean; limit: number; startKey?: Item },
) {
  const page = await queryItems(ctx, {
    ...keys.ticketMessages(ctx, clientId, ticketId),
    limit: query.limit,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    ...(query.publicOnly
      ? { filter: { expression: '#visibility = :public', names: { '#visibility': 'visibility' }, values: { ':public': 'public' } } }
      : {}),
  });
  return { messages: page.items.map((item) => withoutKeys<Message>(item)), lastKey: page.lastKey };
}

export interface TicketQuery {
  status?: TicketStatus;
  priority?: string;
  assigneeId?: string;
  queueId?: string;
  breached?: boolean;
  now: number;
  limit: number;
  startKey?: Item;
}

/**
 * A client's tickets, newest first, through the narrowest index the filters allow (by assignee, by
 * status, or all); the other filters are applied by DynamoDB before the page returns. `breached`
 * reads the flags stored at the last write or sweep, and the open due times against `now`, so a
 * ticket that went past due a moment ago is found before the sweep has been by.
 */
export async function listTickets(ctx: TenantContext, clientId: string, query: TicketQuery) {
  const index = query.assigneeId
    ? keys.assigneeTickets(ctx, clientId, query.assigneeId)
    : query.status
      ? keys.statusTickets(ctx, clientId, query.status)
      : keys.clientTickets(ctx, clientId);
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const equals = (attribute: string, value: unknown) => {
    filters.push(`#${attribute} = :${attribute}`);
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
  };
  if (query.assigneeId && query.status) equals('status', query.status);
  if (query.priority) equals('priority', query.priority);
  if (query.queueId) equals('queueId', query.queueId);
  if (query.breached !== undefined) {
    Object.assign(names, {
      '#sla': 'sla',
      '#frb': 'firstResponseBreached',
      '#rb': 'resolutionBreached',
      '#frOpen': 'openFirstResponseDueAt',
      '#resOpen': 'openResolutionDueAt',
    });
    Object.assign(values, { ':true': true, ':now': new Date(query.now).toISOString() });
    const breached = '(#sla.#frb = :true OR #sla.#rb = :true OR #frOpen < :now OR #resOpen < :now)';
    filters.push(query.breached ? breached : `NOT ${breached}`);
  }
  const page = await queryItems(ctx, {
    ...index,
    limit: query.limit,
    newestFirst: true,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    ...(filters.length ? { filter: { expression: filters.join(' AND '), names, values } } : {}),
  });
  return { tickets: page.items.map(toTicket), lastKey: page.lastKey };
}

/** One hour bucket of the sweep index, due times up to `until`: the tickets the SLA sweep must look at. */
export async function dueSweepEntries(hour: string, until: string, limit: number, startKey?: Item) {
  const page = await querySweepIndex({
    pk: sweepKeys.slaBucket(hour),
    skBetween: ['0', `${until}#~`],
    limit,
    ...(startKey ? { startKey } : {}),
  });
  return {
    entries: page.items.flatMap((item) => {
      const parsed = sweepKeys.parseSla(item.sweepSk);
      return parsed ? [parsed] : [];
    }),
    lastKey: page.lastKey,
  };
}
