import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, type Item, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { Conflict, type DomainError } from '../core/errors.ts';
import { isUlid } from '../core/ids.ts';
import { keys } from '../core/keys.ts';
import type { WorkItemRef } from '../core/work-items.ts';
import type { Client } from '../clients/schemas.ts';
import type { TimeEntry, TimeEntryStatus } from './schemas.ts';

/** An entry's span on one UTC day of its agent's timeline. */
export interface Interval {
  entryId: string;
  startedAt: string;
  endedAt: string;
}

/**
 * One UTC day of a person's timeline. Stored with `intervals` as a map keyed by entry id, so that an
 * entry's interval can be removed without reading the day (see `freeIntervalOps`); days written before
 * that hold a list, which reads the same and becomes a map at the day's next whole write.
 */
export interface TimesheetDay {
  day: string;
  intervals: Interval[];
  version: number;
}

function toTimesheetDay(day: string, item: Item | undefined): TimesheetDay {
  if (!item) return { day, intervals: [], version: 0 };
  const stored = item.intervals as Interval[] | Record<string, Omit<Interval, 'entryId'>> | undefined;
  const intervals = Array.isArray(stored) ? stored : Object.entries(stored ?? {}).map(([entryId, span]) => ({ entryId, ...span }));
  return { day, intervals, version: Number(item.version) };
}

/**
 * Where an entry's seconds were counted: the client's usage month (in the client's zone when the entry
 * was written) and the seconds added to it. Kept on the stored entry so that deleting or moving the
 * entry takes back exactly that, even after the client changed zone, without reading the client.
 */
export interface UsageCount {
  month: string;
  seconds: number;
}

/** A time entry as stored: with where it was counted (absent on entries written before it was kept). */
export type StoredTimeEntry = TimeEntry & { usageCounted?: UsageCount };

/** The entry as readers and the audit trail see it: without the storage bookkeeping. */
export function publicEntry(entry: StoredTimeEntry): TimeEntry {
  const { usageCounted: _counted, ...rest } = entry;
  return rest;
}

export interface RunningTimer {
  userId: string;
  clientId: string;
  startedAt: string;
  category: string;
  note: string;
  billable: boolean;
  workItem?: WorkItemRef;
  /**
   * What stopping needs of the client (its zone places the usage; its budget decides the threshold
   * check), copied when the timer starts so the stop reads no client. The stop's transaction checks the
   * client still has these values (a ConditionCheck), and reads the client only when it changed since.
   */
  clientTerms?: ClientTerms;
  version: number;
}

export type ClientTerms = Pick<Client, 'timeZone' | 'monthlyBudgetHours'>;

export interface ClientUsageCounter {
  trackedSeconds?: number;
  alerted80?: boolean;
  alerted100?: boolean;
}

export const entryItem = (ctx: TenantContext, entry: StoredTimeEntry) => ({
  ...keys.timeEntry(ctx, entry.id),
  ...keys.timeEntryIndexes(ctx, entry),
  type: 'time_entry',
  ...entry,
});

export function saveEntryOp(ctx: TenantContext, after: StoredTimeEntry, before?: TimeEntry): WriteOp {
  return { put: entryItem(ctx, after), condition: before ? { version: before.version } : 'absent' };
}

export function deleteEntryOp(ctx: TenantContext, before: TimeEntry): WriteOp {
  return { delete: keys.timeEntry(ctx, before.id), condition: { version: before.version } };
}

export const overlapConflict = () => new Conflict('This overlaps another time entry of the same person', 'time_overlap');

export async function findEntry(ctx: TenantContext, entryId: string): Promise<StoredTimeEntry | undefined> {
  const item = await getItem(ctx, keys.timeEntry(ctx, entryId));
  return item ? withoutKeys<StoredTimeEntry>(item) : undefined;
}

export async function findEntries(ctx: TenantContext, entryIds: string[]): Promise<StoredTimeEntry[]> {
  const items = await batchGetItems(
    ctx,
    entryIds.map((id) => keys.timeEntry(ctx, id)),
  );
  return items.map((item) => withoutKeys<StoredTimeEntry>(item));
}

/** Entries and the one client a reviewer signs off for, in one BatchGetItem. */
export async function findEntriesAndClient(ctx: TenantContext, entryIds: string[], clientId: string): Promise<{ entries: StoredTimeEntry[]; client?: Client }> {
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [...entryIds.map((id) => keys.timeEntry(ctx, id)), clientKey]);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return {
    entries: items.filter((item) => item !== client).map((item) => withoutKeys<StoredTimeEntry>(item)),
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
  };
}

/**
 * What changing or deleting an entry's time reads, in one BatchGetItem: the clients involved (their time
 * zones place the usage; a new one must be active) and the person's days the entry leaves and lands on.
 */
export async function findTimelineContext(
  ctx: TenantContext,
  input: { clientIds: string[]; userId: string; days: string[] },
): Promise<{ clients: Map<string, Client>; sheets: TimesheetDay[] }> {
  const clientKeys = input.clientIds.map((clientId) => keys.client(ctx, clientId));
  const dayKeys = input.days.map((day) => keys.timesheetDay(ctx, input.userId, day));
  const items = await batchGetItems(ctx, [...clientKeys, ...dayKeys]);
  const found = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
  const clients = new Map<string, Client>();
  for (const key of clientKeys) {
    const client = found(key);
    if (client) clients.set(String(client.id), withoutKeys<Client>(client));
  }
  return {
    clients,
    sheets: input.days.map((day, index) => toTimesheetDay(day, found(dayKeys[index] as { pk: string; sk: string }))),
  };
}

export async function findTimesheetDays(ctx: TenantContext, userId: string, days: string[]): Promise<TimesheetDay[]> {
  const items = await batchGetItems(
    ctx,
    days.map((day) => keys.timesheetDay(ctx, userId, day)),
  );
  const byDay = new Map(items.map((item) => [String(item.day), item]));
  return days.map((day) => toTimesheetDay(day, byDay.get(day)));
}

/**
 * What recording a new entry reads, in one BatchGetItem: the client (active? its time zone), the
 * person's days the entry touches (the overlap check) and, when the entry names one, its work item.
 */
export async function findNewEntryContext(
  ctx: TenantContext,
  input: { clientId: string; userId: string; days: string[]; workItem?: WorkItemRef | null | undefined },
): Promise<{ client?: Client; sheets: TimesheetDay[]; workItemFound: boolean }> {
  const clientKey = keys.client(ctx, input.clientId);
  const dayKeys = input.days.map((day) => keys.timesheetDay(ctx, input.userId, day));
  const workItemKey = input.workItem && isUlid(input.workItem.id) ? keys.workItem(ctx, input.clientId, input.workItem.type, input.workItem.id) : undefined;
  const items = await batchGetItems(ctx, [clientKey, ...dayKeys, ...(workItemKey ? [workItemKey] : [])]);
  const found = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
  const client = found(clientKey);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    sheets: input.days.map((day, index) => toTimesheetDay(day, found(dayKeys[index] as { pk: string; sk: string }))),
    workItemFound: workItemKey !== undefined && found(workItemKey) !== undefined,
  };
}

/** Each touched day is written conditional on the version it was read at, so two racing writers cannot both pass. */
export function timesheetDayOps(ctx: TenantContext, userId: string, days: Array<{ before: TimesheetDay; intervals: Interval[] }>): WriteOp[] {
  return days.map(({ before, intervals }) => ({
    put: {
      ...keys.timesheetDay(ctx, userId, before.day),
      type: 'timesheet_day',
      day: before.day,
      intervals: Object.fromEntries(intervals.map(({ entryId, startedAt, endedAt }) => [entryId, { startedAt, endedAt }])),
      version: before.version + 1,
    },
    condition: before.version === 0 ? 'absent' : { version: before.version },
    onConflict: overlapConflictOrRace,
  }));
}

/**
 * Frees an entry's intervals on its days without reading them: removing time can never make two
 * entries overlap, so nothing needs checking. Each day's version still moves on, so that a writer who
 * read the day with the interval (and checks it is unchanged) fails its condition instead of writing
 * the interval back. The update applies only to a day whose intervals are a map: it never creates a day
 * (an UpdateItem would), and a day missing or still in the older list shape fails with `onConflict`, for
 * the caller to read and rewrite it whole.
 */
export function freeIntervalOps(ctx: TenantContext, userId: string, entryId: string, days: string[], onConflict: () => DomainError): WriteOp[] {
  return days.map((day) => ({
    remove: keys.timesheetDay(ctx, userId, day),
    paths: [['intervals', entryId]],
    increment: { version: 1 },
    condition: { mapAt: 'intervals' },
    onConflict,
  }));
}

/** A day changed between our read and our write: another entry of this person landed first. */
const overlapConflictOrRace = () =>
  new Conflict('Another change to this person’s time landed at the same moment; reload and try again', 'time_overlap');

export function usageOp(ctx: TenantContext, clientId: string, month: string, seconds: number): WriteOp {
  return { add: keys.clientUsage(ctx, clientId, month), values: { trackedSeconds: seconds } };
}

export async function findUsageCounter(ctx: TenantContext, clientId: string, month: string): Promise<ClientUsageCounter | undefined> {
  return getItem<ClientUsageCounter>(ctx, keys.clientUsage(ctx, clientId, month));
}

/**
 * Marks a budget threshold as reported, once, with its audit record: the flag is set only where it is
 * still absent (a second reporter fails the condition and writes nothing), and only the flag is set, so
 * the seconds other entries ADD meanwhile are kept.
 */
export async function markThresholdReported(
  ctx: TenantContext,
  clientId: string,
  month: string,
  threshold: 80 | 100,
  audit: AuditEvent,
): Promise<boolean> {
  const flag = `alerted${threshold}`;
  try {
    await writeItems(ctx, [{ set: keys.clientUsage(ctx, clientId, month), values: { [flag]: true }, condition: { matches: { [flag]: null } } }], audit);
    return true;
  } catch (error) {
    if (error instanceof Conflict) return false;
    throw error;
  }
}

/**
 * The running timer and the person's UTC days it most likely ends on (yesterday and today), in one
 * BatchGetItem: the entry a stop writes lands on those days unless the timer ran past a day.
 */
export async function findTimerAndDays(ctx: TenantContext, userId: string, days: string[]): Promise<{ timer?: RunningTimer; sheets: TimesheetDay[] }> {
  const timerKey = keys.timer(ctx, userId);
  const dayKeys = days.map((day) => keys.timesheetDay(ctx, userId, day));
  const items = await batchGetItems(ctx, [timerKey, ...dayKeys]);
  const found = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
  const timer = found(timerKey);
  return {
    ...(timer ? { timer: withoutKeys<RunningTimer>(timer) } : {}),
    sheets: days.map((day, index) => toTimesheetDay(day, found(dayKeys[index] as { pk: string; sk: string }))),
  };
}

/** The client still has the terms a timer copied when it started; otherwise `onConflict`. */
export function clientTermsCheck(ctx: TenantContext, clientId: string, terms: ClientTerms, onConflict: () => DomainError): WriteOp {
  return { check: keys.client(ctx, clientId), condition: { matches: { timeZone: terms.timeZone, monthlyBudgetHours: terms.monthlyBudgetHours } }, onConflict };
}

export async function findTimer(ctx: TenantContext, userId: string): Promise<RunningTimer | undefined> {
  const item = await getItem(ctx, keys.timer(ctx, userId));
  return item ? withoutKeys<RunningTimer>(item) : undefined;
}

/** The running timer is one item per person, created only if absent: a second start cannot slip in. */
export async function insertTimer(ctx: TenantContext, timer: RunningTimer): Promise<void> {
  await writeItems(ctx, [
    {
      put: { ...keys.timer(ctx, timer.userId), type: 'timer', ...timer },
      condition: 'absent',
      onConflict: () => new Conflict('A timer is already running; stop it first', 'timer_running'),
    },
  ]);
}

export function deleteTimerOp(ctx: TenantContext, timer: RunningTimer): WriteOp {
  return {
    delete: keys.timer(ctx, timer.userId),
    condition: { version: timer.version },
    onConflict: () => new Conflict('The timer was already stopped', 'timer_not_running'),
  };
}

export interface EntryPageQuery {
  clientId?: string;
  userId?: string;
  status?: TimeEntryStatus;
  statuses?: readonly TimeEntryStatus[];
  from?: string;
  to?: string;
  limit: number;
  startKey?: Record<string, unknown>;
  newestFirst?: boolean;
}

/**
 * Lists entries through the narrowest index the query allows: the client's, the person's, or the
 * tenant's, each sorted by start time. Status and person filters that the index does not key are
 * applied by DynamoDB before the page is returned.
 */
export async function queryEntries(ctx: TenantContext, query: EntryPageQuery) {
  const index = query.clientId
    ? keys.clientTimeEntries(ctx, query.clientId)
    : query.userId
      ? keys.userTimeEntries(ctx, query.userId)
      : keys.tenantTimeEntries(ctx);
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (query.clientId && query.userId) {
    filters.push('#userId = :userId');
    names['#userId'] = 'userId';
    values[':userId'] = query.userId;
  }
  const statuses = query.status ? [query.status] : query.statuses;
  if (statuses) {
    filters.push(`#status IN (${statuses.map((_, i) => `:status${i}`).join(', ')})`);
    names['#status'] = 'status';
    statuses.forEach((status, i) => {
      values[`:status${i}`] = status;
    });
  }
  const from = query.from ?? '0000';
  const to = query.to ? `${query.to}` : '9999';
  const page = await queryItems(ctx, {
    ...index,
    skBetween: [from, to],
    limit: query.limit,
    newestFirst: query.newestFirst ?? true,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    ...(filters.length ? { filter: { expression: filters.join(' AND '), names, values } } : {}),
  });
  return { entries: page.items.map((item) => withoutKeys<StoredTimeEntry>(item)), lastKey: page.lastKey };
}

/** Every entry a query matches, page after page (usage reports, billing runs). */
export async function queryAllEntries(ctx: TenantContext, query: Omit<EntryPageQuery, 'limit' | 'startKey'>): Promise<StoredTimeEntry[]> {
  const all: StoredTimeEntry[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryEntries(ctx, { ...query, limit: 1000, ...(startKey ? { startKey } : {}) });
    all.push(...page.entries);
    startKey = page.lastKey;
  } while (startKey);
  return all;
}

/**
 * The client and every entry of it that starts at or after `from`, from the client's time-entry index,
 * newest first (1,000 items a call): the client sorts after every entry, so the first call brings it.
 * A client written before it was kept in the index is absent here (the entries are still all there).
 */
export async function queryClientAndEntriesSince(ctx: TenantContext, clientId: string, from: string): Promise<{ client?: Client; entries: StoredTimeEntry[] }> {
  const range = keys.clientAndTimeEntriesSince(ctx, clientId, from);
  let client: Client | undefined;
  const entries: StoredTimeEntry[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryItems(ctx, { ...range, limit: 1000, newestFirst: true, ...(startKey ? { startKey } : {}) });
    for (const item of page.items) {
      if (item.type === 'client') client = withoutKeys<Client>(item);
      else entries.push(withoutKeys<StoredTimeEntry>(item));
    }
    startKey = page.lastKey;
  } while (startKey);
  return { ...(client ? { client } : {}), entries };
}

export async function writeEntries(ctx: TenantContext, ops: WriteOp[], audit: AuditEvent | AuditEvent[]): Promise<void> {
  await writeItems(ctx, ops, audit);
}
