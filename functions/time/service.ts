import { clientPermissions, getClient, listUnderClient } from '../clients/service.ts';
import type { Client } from '../clients/schemas.ts';
import { addDays, dateInZone, monthBoundsInZone, monthInZone } from '../core/calendar.ts';
import type { TenantContext } from '../core/context.ts';
import type { WriteOp } from '../core/db.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, FIRM_ROLES, type PermissionTable } from '../core/policy.ts';
import { findWorkItem, findWorkItems, type WorkItemRef } from '../core/work-items.ts';
import { findMember } from '../members/repository.ts';
import * as repository from './repository.ts';
import { type Interval, publicEntry, type StoredTimeEntry, type UsageCount } from './repository.ts';
import type { CreateTimeEntryInput, TimeEntry, TimeEntryStatus, UpdateTimeEntryInput } from './schemas.ts';

export const timePermissions = {
  track: FIRM_ROLES,
  trackForOthers: ADMIN_ROLES,
  editAny: ADMIN_ROLES,
  list: ALL_ROLES,
  usage: ['owner', 'manager', 'client'],
} as const satisfies PermissionTable<string>;

export const MAX_ENTRY_SECONDS = 24 * 3600;
/** Clocks disagree a little; an entry may end this far past the server's now. */
const CLOCK_SKEW_MS = 60_000;
/** What a client's reviewer may see: time the firm has approved, and what became of it. */
const REVIEWER_STATUSES: readonly TimeEntryStatus[] = ['approved', 'disputed', 'billed'];

const normalize = (instant: string) => new Date(instant).toISOString();

function checkSpan(startedAt: string, endedAt: string): { startedAt: string; endedAt: string; durationSeconds: number } {
  const start = Date.parse(startedAt);
  const end = Date.parse(endedAt);
  const issues = [];
  if (!(end > start)) issues.push({ field: 'endedAt', message: 'Must be after startedAt' });
  else if (end - start > MAX_ENTRY_SECONDS * 1000) issues.push({ field: 'endedAt', message: 'An entry may be at most 24 hours long' });
  if (end > Date.now() + CLOCK_SKEW_MS) issues.push({ field: 'endedAt', message: 'Time cannot be tracked in the future' });
  if (issues.length > 0) throw new Invalid('The time span is not valid', issues);
  return { startedAt: normalize(startedAt), endedAt: normalize(endedAt), durationSeconds: Math.floor((end - start) / 1000) };
}

/** The UTC days a span touches: at most two, since an entry is at most 24 hours. */
function daysOf(span: { startedAt: string; endedAt: string }): string[] {
  const first = span.startedAt.slice(0, 10);
  const last = new Date(Date.parse(span.endedAt) - 1).toISOString().slice(0, 10);
  const days = [first];
  for (let day = first; day < last; ) {
    day = addDays(day, 1);
    days.push(day);
  }
  return days;
}

const overlaps = (a: { startedAt: string; endedAt: string }, b: { startedAt: string; endedAt: string }) =>
  a.startedAt < b.endedAt && b.startedAt < a.endedAt;

const noSuchWorkItem = (ref: WorkItemRef) =>
  new Invalid('No such work item for this client', [{ field: 'workItem', message: `No ${ref.type} ${ref.id} for this client` }]);
const inactiveClient = () => new Conflict('This client is inactive; time cannot be tracked against it', 'client_inactive');

async function checkWorkItem(ctx: TenantContext, clientId: string, ref: WorkItemRef | undefined | null): Promise<WorkItemRef | undefined> {
  if (!ref) return undefined;
  if (!(await findWorkItem(ctx, clientId, ref))) throw noSuchWorkItem(ref);
  return { type: ref.type, id: ref.id };
}

function visibleTo(ctx: TenantContext, entry: TimeEntry): boolean {
  switch (ctx.role) {
    case 'owner':
    case 'manager':
      return true;
    case 'agent':
      return entry.userId === ctx.userId;
    case 'client':
      return entry.clientId === ctx.clientId && REVIEWER_STATUSES.includes(entry.status);
  }
}

async function visibleEntry(ctx: TenantContext, entryId: string): Promise<StoredTimeEntry> {
  const entry = await repository.findEntry(ctx, entryId);
  if (!entry || !visibleTo(ctx, entry)) throw new NotFound('Time entry');
  return entry;
}

/** What a timeline write needs of a client: its zone (the usage month) and its budget. */
type TimelineClient = Pick<Client, 'id' | 'timeZone' | 'monthlyBudgetHours'>;

/** Where an entry is counted when written for `client`: the month of its start in the client's zone. */
const usageCountOf = (entry: TimeEntry, client: TimelineClient | undefined): UsageCount | undefined =>
  client ? { month: monthInZone(entry.startedAt, client.timeZone), seconds: entry.durationSeconds } : undefined;

/**
 * Writes a change to one person's timeline: the entry (created, changed or removed), the UTC days it
 * touches, and the client's monthly usage counters, in one transaction. Each day is conditional on
 * the version read, so when two overlapping writes race, the second fails its condition instead of
 * slipping past a check it read before the first committed.
 */
async function writeTimeline(
  ctx: TenantContext,
  change: { before?: StoredTimeEntry; after?: StoredTimeEntry; clientBefore?: TimelineClient; clientAfter?: TimelineClient },
  extraOps: WriteOp[],
  audit: Parameters<typeof repository.writeEntries>[2],
  readSheets?: repository.TimesheetDay[],
): Promise<void> {
  const { before, after } = change;
  const userId = (after ?? before)?.userId as string;
  const touched = [...new Set([...(before ? daysOf(before) : []), ...(after ? daysOf(after) : [])])].sort();
  // The days may have been read already, with the client (a new entry): the same days, the same versions.
  const sheets = readSheets?.map((sheet) => sheet.day).join() === touched.join() ? readSheets : await repository.findTimesheetDays(ctx, userId, touched);
  const dayOps = sheets.map((sheet) => {
    const intervals: Interval[] = sheet.intervals.filter((interval) => interval.entryId !== (before?.id ?? after?.id));
    if (after && daysOf(after).includes(sheet.day)) {
      if (intervals.some((interval) => overlaps(interval, after))) throw repository.overlapConflict();
      intervals.push({ entryId: after.id, startedAt: after.startedAt, endedAt: after.endedAt });
      intervals.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    }
    return { before: sheet, intervals };
  });

  const usage = new Map<string, { clientId: string; month: string; seconds: number }>();
  const count = (clientId: string, counted: UsageCount | undefined, sign: 1 | -1) => {
    if (!counted) return;
    const key = `${clientId}|${counted.month}`;
    const current = usage.get(key) ?? { clientId, month: counted.month, seconds: 0 };
    current.seconds += sign * counted.seconds;
    usage.set(key, current);
  };
  // What the entry was counted in, as it recorded; an entry written before it kept that is taken back
  // from the month in its client's zone as it is now.
  if (before) count(before.clientId, before.usageCounted ?? usageCountOf(before, change.clientBefore), -1);
  const counted = after && usageCountOf(after, change.clientAfter);
  if (after) count(after.clientId, counted, 1);

  let entryOp: WriteOp;
  if (after) {
    const { usageCounted: _previous, ...fields } = after;
    entryOp = repository.saveEntryOp(ctx, counted ? { ...fields, usageCounted: counted } : fields, before);
  } else {
    entryOp = repository.deleteEntryOp(ctx, before as TimeEntry);
  }
  const usageOps = [...usage.values()]
    .filter((u) => u.seconds !== 0)
    .map((u) => repository.usageOp(ctx, u.clientId, u.month, u.seconds));
  await repository.writeEntries(ctx, [entryOp, ...repository.timesheetDayOps(ctx, userId, dayOps), ...usageOps, ...extraOps], audit);
  if (after && change.clientAfter) await reportBudgetThresholds(ctx, change.clientAfter, monthInZone(after.startedAt, change.clientAfter.timeZone));
}

/**
 * Crossing 80 % and 100 % of a client's monthly budget is recorded once per month as an activity
 * record on the client, which the client's reviewer reads in the audit trail.
 */
async function reportBudgetThresholds(ctx: TenantContext, client: TimelineClient, month: string): Promise<void> {
  if (!client.monthlyBudgetHours) return;
  const counter = await repository.findUsageCounter(ctx, client.id, month);
  const trackedHours = (counter?.trackedSeconds ?? 0) / 3600;
  for (const threshold of [80, 100] as const) {
    if (trackedHours * 100 < client.monthlyBudgetHours * threshold || counter?.[`alerted${threshold}`]) continue;
    await repository.markThresholdReported(ctx, client.id, month, threshold, {
      action: 'budget.threshold_crossed',
      entity: 'client_budget',
      entityId: client.id,
      clientId: client.id,
      after: { month, threshold, trackedHours: Math.round(trackedHours * 100) / 100, budgetHours: client.monthlyBudgetHours },
    });
  }
}

/** The person an entry is for: the caller, or (managers and owners) an active member assigned where needed. */
async function entryOwner(ctx: TenantContext, userId: string | undefined, clientId: string): Promise<string> {
  if (userId === undefined || userId === ctx.userId) {
    authorize(ctx, timePermissions.track, clientId);
    return ctx.userId;
  }
  authorize(ctx, timePermissions.trackForOthers, clientId);
  const member = await findMember(ctx, userId);
  const eligible =
    member?.active && member.role !== 'client' && (member.role !== 'agent' || member.assignedClientIds.includes(clientId));
  if (!eligible) throw new Invalid('Time can be recorded for an active member of the firm assigned to this client', [{ field: 'userId', message: 'Not an eligible member' }]);
  return userId;
}

async function activeClient(ctx: TenantContext, clientId: string): Promise<Client> {
  const client = await getClient(ctx, clientId);
  if (!client.active) throw inactiveClient();
  return client;
}

/**
 * A `userId` filter names a member like a path names a resource: one who is not in the caller's
 * tenant answers 404, exactly as a missing one, rather than an empty page that still answers.
 * Reviewers are not asked: their lists are cut to their own client whoever the filter names.
 */
async function existingMember(ctx: TenantContext, userId: string): Promise<void> {
  if (userId !== ctx.userId && !(await findMember(ctx, userId))) throw new NotFound('Member');
}

export async function createEntry(ctx: TenantContext, input: CreateTimeEntryInput): Promise<TimeEntry> {
  const userId = await entryOwner(ctx, input.userId, input.clientId);
  // The client, the days the span touches and the work item are read in one call; the checks then run
  // in the order they always have (client, span, work item), so each answer is the one it was.
  let days: string[] = [];
  try {
    days = daysOf(checkSpan(input.startedAt, input.endedAt));
  } catch {
    // A bad span answers 400 below, once the client has been checked.
  }
  const read = await repository.findNewEntryContext(ctx, { clientId: input.clientId, userId, days, workItem: input.workItem });
  if (!read.client) throw new NotFound('Client');
  const client = read.client;
  if (!client.active) throw inactiveClient();
  const span = checkSpan(input.startedAt, input.endedAt);
  // Not found in the batch (or an id no key can hold): the usual check, which answers as it always has.
  const workItem = read.workItemFound && input.workItem ? { type: input.workItem.type, id: input.workItem.id } : await checkWorkItem(ctx, client.id, input.workItem);
  const fields = { userId, ...span, billable: input.billable, category: input.category, note: input.note, ...(workItem ? { workItem } : {}) };
  return recordNewEntry(ctx, client, fields, [], read.sheets);
}

/** A new open entry on the person's timeline; `extraOps` join its transaction (the timer's delete). */
async function recordNewEntry(
  ctx: TenantContext,
  client: TimelineClient,
  fields: Pick<TimeEntry, 'userId' | 'startedAt' | 'endedAt' | 'durationSeconds' | 'billable' | 'category' | 'note' | 'workItem'>,
  extraOps: WriteOp[] = [],
  readSheets?: repository.TimesheetDay[],
): Promise<TimeEntry> {
  const now = nowIso();
  const entry: TimeEntry = { id: newId(), clientId: client.id, ...fields, status: 'open', createdAt: now, updatedAt: now, version: 1 };
  if (!entry.workItem) delete entry.workItem;
  await writeTimeline(ctx, { after: entry, clientAfter: client }, extraOps, {
    action: 'time_entry.create',
    entity: 'time_entry',
    entityId: entry.id,
    clientId: entry.clientId,
    after: entry,
  }, readSheets);
  return entry;
}

export async function getEntry(ctx: TenantContext, entryId: string): Promise<TimeEntry> {
  const entry = await visibleEntry(ctx, entryId);
  return (await presentEntries(ctx, [entry]))[0] as TimeEntry;
}

/** Agents change their own open entries; managers and owners any entry not yet billed. */
function checkEditable(ctx: TenantContext, entry: TimeEntry): void {
  if (entry.status === 'billed') throw new Conflict('Billed time cannot be changed', 'entry_billed');
  if (ctx.role === 'client') throw new Forbidden();
  if (ctx.role === 'agent' && entry.status !== 'open') {
    throw new Conflict('Only open entries can be changed; ask a manager to reopen it', 'invalid_transition');
  }
}

export async function updateEntry(ctx: TenantContext, entryId: string, input: UpdateTimeEntryInput): Promise<TimeEntry> {
  const before = await visibleEntry(ctx, entryId);
  checkEditable(ctx, before);
  if (before.version !== input.version) throw new Conflict('This entry was changed by someone else; reload it and try again', 'version_conflict');
  // The entry proves its client exists (clients are never deleted); the policy decides whether the caller
  // still sees it, without a read.
  authorize(ctx, clientPermissions.read, before.clientId);
  const movesClient = input.clientId !== undefined && input.clientId !== before.clientId;
  const startedAt = input.startedAt ?? before.startedAt;
  const endedAt = input.endedAt ?? before.endedAt;
  const movesTime = normalize(startedAt) !== before.startedAt || normalize(endedAt) !== before.endedAt;
  let context: Awaited<ReturnType<typeof repository.findTimelineContext>> | undefined;
  let clientAfter: Client | undefined;
  if (movesClient || movesTime) {
    // The clients (usage is kept per client and month in the client's zone) and the days the entry
    // leaves and lands on, in one read. A bad span is answered below, after the client checks.
    let days = daysOf(before);
    try {
      days = [...new Set([...days, ...daysOf(checkSpan(startedAt, endedAt))])].sort();
    } catch {
      // Answered by checkSpan below.
    }
    const clientIds = movesClient ? [before.clientId, input.clientId as string] : [before.clientId];
    if (movesClient) authorize(ctx, clientPermissions.read, input.clientId);
    context = await repository.findTimelineContext(ctx, { clientIds, userId: before.userId, days });
    if (!context.clients.get(before.clientId)) throw new NotFound('Client');
    clientAfter = context.clients.get(movesClient ? (input.clientId as string) : before.clientId);
    if (!clientAfter) throw new NotFound('Client');
    if (movesClient && !clientAfter.active) throw inactiveClient();
    if (movesClient) await entryOwner(ctx, before.userId, clientAfter.id);
  }
  const clientAfterId = clientAfter?.id ?? before.clientId;
  const span = checkSpan(startedAt, endedAt);
  const workItem =
    input.workItem === null
      ? undefined
      : await checkWorkItem(ctx, clientAfterId, input.workItem ?? (clientAfterId === before.clientId ? before.workItem : undefined));
  // The stored entry, bookkeeping included: a change that keeps the span and client keeps where it was counted.
  const { workItem: _previous, ...rest } = before;
  const after: StoredTimeEntry = {
    ...rest,
    clientId: clientAfterId,
    ...span,
    billable: input.billable ?? before.billable,
    category: input.category ?? before.category,
    note: input.note ?? before.note,
    ...(workItem ? { workItem } : {}),
    updatedAt: nowIso(),
    version: before.version + 1,
  };
  const audit = {
    action: 'time_entry.update',
    entity: 'time_entry',
    entityId: after.id,
    clientId: after.clientId,
    before: publicEntry(before),
    after: publicEntry(after),
  };
  if (!context) {
    // Same client, same span: the person's days and the client's usage stay as they are, so the entry
    // and its audit record are the whole change (conditional on the version read, as always).
    await repository.writeEntries(ctx, [repository.saveEntryOp(ctx, after, before)], audit);
    return publicEntry(after);
  }
  const clientBefore = context.clients.get(before.clientId) as Client;
  await writeTimeline(ctx, { before, after, clientBefore, ...(clientAfter ? { clientAfter } : {}) }, [], audit, context.sheets);
  return publicEntry(after);
}

/** A day of the person's timeline is not yet keyed by entry (or is missing): the delete reads it after all. */
class DayNotKeyedByEntry extends Conflict {
  constructor() {
    super('A day of this person’s time is stored in the older shape', 'day_not_keyed');
  }
}

export async function deleteEntry(ctx: TenantContext, entryId: string, version?: number): Promise<void> {
  const before = await visibleEntry(ctx, entryId);
  checkEditable(ctx, before);
  if (version !== undefined && version !== before.version) throw new Conflict('This entry was changed by someone else', 'version_conflict');
  authorize(ctx, clientPermissions.read, before.clientId);
  const audit = { action: 'time_entry.delete', entity: 'time_entry', entityId: before.id, clientId: before.clientId, before: publicEntry(before) };
  if (before.usageCounted) {
    // The entry says which month it was counted in, and freeing its intervals needs no read of its days
    // (removing time cannot make an overlap): the entry read, then one transaction.
    try {
      await repository.writeEntries(
        ctx,
        [
          repository.deleteEntryOp(ctx, before),
          ...repository.freeIntervalOps(ctx, before.userId, before.id, daysOf(before), () => new DayNotKeyedByEntry()),
          repository.usageOp(ctx, before.clientId, before.usageCounted.month, -before.usageCounted.seconds),
        ],
        audit,
      );
      return;
    } catch (error) {
      if (!(error instanceof DayNotKeyedByEntry)) throw error;
    }
  }
  // An entry written before it kept where it was counted needs its client's zone (the month to take the
  // seconds back from); a day in the older shape is read and rewritten whole. Both in one read.
  const clientIds = before.usageCounted ? [] : [before.clientId];
  const context = await repository.findTimelineContext(ctx, { clientIds, userId: before.userId, days: daysOf(before) });
  const clientBefore = context.clients.get(before.clientId);
  if (!before.usageCounted && !clientBefore) throw new NotFound('Client');
  await writeTimeline(ctx, { before, ...(clientBefore ? { clientBefore } : {}) }, [], audit, context.sheets);
}

export interface EntryFilters {
  clientId?: string;
  userId?: string;
  status?: TimeEntryStatus;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** Lists what the caller may see: agents their own time, reviewers their client's approved time. */
export async function listEntries(ctx: TenantContext, filters: EntryFilters): Promise<Page<TimeEntry>> {
  authorize(ctx, timePermissions.list, filters.clientId);
  // A client filter names a resource: one that is absent (or another tenant's) answers 404 like any other.
  return filters.clientId ? listUnderClient(ctx, filters.clientId, () => pageOfEntries(ctx, filters)) : pageOfEntries(ctx, filters);
}

async function pageOfEntries(ctx: TenantContext, filters: EntryFilters): Promise<Page<TimeEntry>> {
  const query = { ...filters };
  if (ctx.role === 'agent') {
    if (query.userId && query.userId !== ctx.userId) throw new NotFound('Member');
    query.userId = ctx.userId;
  }
  // A member is read only when the page is empty: any entry of theirs found proves them.
  const checkMember = query.userId && ctx.role !== 'client' ? query.userId : undefined;
  let statuses: readonly TimeEntryStatus[] | undefined;
  if (ctx.role === 'client') {
    query.clientId = ctx.clientId;
    if (query.status && !REVIEWER_STATUSES.includes(query.status)) return { items: [], nextCursor: null };
    if (!query.status) statuses = REVIEWER_STATUSES;
  }
  const from = query.from ? normalize(query.from) : undefined;
  const to = query.to ? normalize(query.to) : undefined;
  const binding = queryBinding('time-entries', { clientId: query.clientId, userId: query.userId, status: query.status, from, to });
  const position = decodeCursor(ctx, binding, query.cursor);
  const page = await repository.queryEntries(ctx, {
    ...(query.clientId ? { clientId: query.clientId } : {}),
    ...(query.userId ? { userId: query.userId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(statuses ? { statuses } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    limit: query.limit,
    ...(position ? { startKey: position } : {}),
  });
  if (checkMember && page.entries.length === 0) await existingMember(ctx, checkMember);
  return { items: await presentEntries(ctx, page.entries), nextCursor: encodeCursor(ctx, binding, page.lastKey) };
}

/** Entries as readers see them: without the storage bookkeeping, with each work item's title (one BatchGetItem per client). */
async function presentEntries(ctx: TenantContext, stored: StoredTimeEntry[]): Promise<TimeEntry[]> {
  const entries = stored.map(publicEntry);
  const byClient = new Map<string, WorkItemRef[]>();
  for (const entry of entries) {
    if (entry.workItem) byClient.set(entry.clientId, [...(byClient.get(entry.clientId) ?? []), entry.workItem]);
  }
  if (byClient.size === 0) return entries;
  const titles = new Map<string, string>();
  for (const [clientId, refs] of byClient) {
    for (const item of await findWorkItems(ctx, clientId, refs)) titles.set(`${item.type}#${item.id}`, item.title);
  }
  return entries.map((entry) => {
    const title = entry.workItem ? titles.get(`${entry.workItem.type}#${entry.workItem.id}`) : undefined;
    return entry.workItem && title ? { ...entry, workItem: { ...entry.workItem, title } } : entry;
  });
}

type Move = 'submit' | 'approve' | 'reject' | 'client-approve' | 'dispute' | 'reopen-dispute' | 'uphold-dispute';

/**
 * The approval state machine as a table: which status a move starts from, who may make it, where it
 * leads. Client sign-off keeps an entry `approved` and stamps it; a dispute parks it until a manager
 * reopens it for its agent or upholds it.
 */
const MOVES: Record<Move, { from: TimeEntryStatus; roles: readonly string[]; to: TimeEntryStatus }> = {
  submit: { from: 'open', roles: FIRM_ROLES, to: 'submitted' },
  approve: { from: 'submitted', roles: ADMIN_ROLES, to: 'approved' },
  reject: { from: 'submitted', roles: ADMIN_ROLES, to: 'open' },
  'client-approve': { from: 'approved', roles: ['client'], to: 'approved' },
  dispute: { from: 'approved', roles: ['client'], to: 'disputed' },
  'reopen-dispute': { from: 'disputed', roles: ADMIN_ROLES, to: 'open' },
  'uphold-dispute': { from: 'disputed', roles: ADMIN_ROLES, to: 'approved' },
};

export async function moveEntries(ctx: TenantContext, move: Move, ids: string[], reason?: string): Promise<TimeEntry[]> {
  const rule = MOVES[move];
  // Only a reviewer's sign-off or dispute asks anything of the client (does it sign off time?): a
  // reviewer has one client, read with the entries. The entries found prove their clients exist, so the
  // other moves do not read them.
  const signOff = (move === 'client-approve' || move === 'dispute') && ctx.role === 'client' && ctx.clientId !== undefined;
  const read = signOff ? await repository.findEntriesAndClient(ctx, ids, ctx.clientId as string) : { entries: await repository.findEntries(ctx, ids) };
  const found = read.entries;
  // Visibility before role: an entry the caller cannot see answers 404 whatever the move.
  const byId = new Map(found.map((entry) => [entry.id, entry]));
  const entries = ids.map((id) => {
    const entry = byId.get(id);
    if (!entry || !visibleTo(ctx, entry)) throw new NotFound('Time entry');
    return entry;
  });
  if (!rule.roles.includes(ctx.role)) throw new Forbidden();
  const clients = new Map<string, Client>();
  if ('client' in read && read.client) clients.set(read.client.id, read.client);

  const now = nowIso();
  const moved = entries.map((before) => {
    if (before.status !== rule.from) {
      throw new Conflict(`Entry ${before.id} is ${before.status}; ${move} needs ${rule.from}`, 'invalid_transition');
    }
    if (move === 'client-approve' || move === 'dispute') {
      if (!clients.get(before.clientId)?.clientApprovalRequired) {
        throw new Conflict('This client does not sign off time', 'invalid_transition');
      }
      if (move === 'client-approve' && before.clientApprovedAt) throw new Conflict(`Entry ${before.id} is already signed off`, 'invalid_transition');
    }
    const { rejectionReason: _r, disputeReason: _d, ...rest } = before;
    const after: StoredTimeEntry = { ...rest, status: rule.to, updatedAt: now, version: before.version + 1 };
    if (move === 'reject') after.rejectionReason = reason ?? '';
    if (move === 'dispute') after.disputeReason = reason ?? '';
    if (move === 'client-approve' || move === 'uphold-dispute') {
      after.clientApprovedAt = now;
      after.clientApprovedBy = ctx.userId;
    }
    return { before, after };
  });
  await repository.writeEntries(
    ctx,
    moved.map(({ before, after }) => repository.saveEntryOp(ctx, after, before)),
    moved.map(({ before, after }) => ({
      action: `time_entry.${move}`,
      entity: 'time_entry',
      entityId: after.id,
      clientId: after.clientId,
      before: publicEntry(before),
      after: publicEntry(after),
    })),
  );
  return moved.map(({ after }) => publicEntry(after));
}

export async function timerOf(ctx: TenantContext) {
  authorize(ctx, timePermissions.track);
  const timer = await repository.findTimer(ctx, ctx.userId);
  if (!timer) return { running: false, timer: null };
  return timerView(timer);
}

function timerView(timer: repository.RunningTimer) {
  return {
    running: true,
    timer: {
      clientId: timer.clientId,
      startedAt: timer.startedAt,
      elapsedSeconds: Math.max(0, Math.floor((Date.now() - Date.parse(timer.startedAt)) / 1000)),
      category: timer.category,
      note: timer.note,
      ...(timer.workItem ? { workItem: timer.workItem } : {}),
    },
  };
}

export async function startTimer(
  ctx: TenantContext,
  input: { clientId: string; workItem?: WorkItemRef; category: string; note: string; billable: boolean },
) {
  authorize(ctx, timePermissions.track, input.clientId);
  const client = await activeClient(ctx, input.clientId);
  const workItem = await checkWorkItem(ctx, client.id, input.workItem);
  const timer = {
    userId: ctx.userId,
    clientId: client.id,
    startedAt: nowIso(),
    category: input.category,
    note: input.note,
    billable: input.billable,
    ...(workItem ? { workItem } : {}),
    clientTerms: { timeZone: client.timeZone, monthlyBudgetHours: client.monthlyBudgetHours ?? null },
    version: 1,
  };
  await repository.insertTimer(ctx, timer);
  // The timer as written (a second start fails its condition), not read back.
  return timerView(timer);
}

/** The client's zone or budget changed while the timer ran: the stop reads the client after all. */
class ClientTermsChanged extends Conflict {
  constructor() {
    super('The client changed while the timer ran', 'client_changed');
  }
}

/**
 * Stops the timer into an entry, in the same transaction that removes the timer. Over 24 hours is cut at
 * 24. The timer and the days it most likely ends on are read together; the client's zone and budget come
 * from the timer (copied at start) and are checked in the transaction, so no client is read unless it
 * changed meanwhile (or the timer predates the copy).
 */
export async function stopTimer(ctx: TenantContext): Promise<TimeEntry> {
  authorize(ctx, timePermissions.track);
  const utcToday = nowIso().slice(0, 10);
  const read = await repository.findTimerAndDays(ctx, ctx.userId, [addDays(utcToday, -1), utcToday]);
  const timer = read.timer;
  if (!timer) throw new Conflict('No timer is running', 'timer_not_running');
  authorize(ctx, clientPermissions.read, timer.clientId);
  const start = Date.parse(timer.startedAt);
  const end = Math.min(Math.max(Date.now(), start + 1000), start + MAX_ENTRY_SECONDS * 1000);
  const span = { startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString() };
  const days = daysOf(span);
  // The days already read, when the entry lands on them (else writeTimeline reads the ones it needs).
  const sheets = days.flatMap((day) => read.sheets.filter((sheet) => sheet.day === day));
  const fields = {
    userId: ctx.userId,
    ...span,
    durationSeconds: Math.floor((end - start) / 1000),
    billable: timer.billable,
    category: timer.category,
    note: timer.note,
    ...(timer.workItem ? { workItem: timer.workItem } : {}),
  };
  const stopOp = repository.deleteTimerOp(ctx, timer);
  if (timer.clientTerms) {
    const terms = timer.clientTerms;
    try {
      return await recordNewEntry(
        ctx,
        { id: timer.clientId, ...terms },
        fields,
        [stopOp, repository.clientTermsCheck(ctx, timer.clientId, terms, () => new ClientTermsChanged())],
        sheets,
      );
    } catch (error) {
      if (!(error instanceof ClientTermsChanged)) throw error;
    }
  }
  // The client (its zone and budget as they are now) and the days, in one read.
  const context = await repository.findNewEntryContext(ctx, { clientId: timer.clientId, userId: ctx.userId, days });
  if (!context.client) throw new NotFound('Client');
  return recordNewEntry(ctx, context.client, fields, [stopOp], context.sheets);
}

function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export async function timesheet(ctx: TenantContext, query: { weekOf?: string; userId?: string }) {
  authorize(ctx, timePermissions.track);
  const userId = query.userId ?? ctx.userId;
  if (userId !== ctx.userId) authorize(ctx, timePermissions.trackForOthers);
  const weekStart = mondayOf(query.weekOf ?? nowIso().slice(0, 10));
  const weekEnd = addDays(weekStart, 7);
  const entries = await repository.queryAllEntries(ctx, {
    userId,
    from: `${weekStart}T00:00:00.000Z`,
    to: `${weekEnd}T00:00:00.000Z`,
    newestFirst: false,
  });
  // Someone else's week names a member: read only when it is empty (any entry of theirs proves them).
  if (userId !== ctx.userId && entries.length === 0) await existingMember(ctx, userId);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).map((date) => ({
    date,
    seconds: entries.filter((e) => e.startedAt.startsWith(date)).reduce((sum, e) => sum + e.durationSeconds, 0),
  }));
  const perClient = new Map<string, number>();
  for (const entry of entries) perClient.set(entry.clientId, (perClient.get(entry.clientId) ?? 0) + entry.durationSeconds);
  return {
    userId,
    weekStart,
    days,
    clients: [...perClient].map(([clientId, seconds]) => ({ clientId, seconds })),
    totalSeconds: entries.reduce((sum, e) => sum + e.durationSeconds, 0),
    billableSeconds: entries.filter((e) => e.billable).reduce((sum, e) => sum + e.durationSeconds, 0),
    entries: await presentEntries(ctx, entries),
  };
}

/** The furthest any time zone is from UTC (UTC+14, Kiribati; the furthest behind is UTC-12). */
const MAX_ZONE_OFFSET_MS = 14 * 3_600_000;
/**
 * How far back a usage report reads the client together with everything since: the current and the
 * previous month. An older month would read every entry since, so it reads the client and then the month.
 */
const RECENT_USAGE_MS = 63 * 86_400_000;

/** A client's month against its budget, by agent, by category and by day. Months and days are the client's calendar's. */
export async function usage(ctx: TenantContext, clientId: string, month?: string) {
  authorize(ctx, timePermissions.usage, clientId);
  const now = Date.now();
  // The month's bounds are in the client's zone, unknown until the client is read. But a month starts,
  // in any zone, within 14 hours of its start in UTC, and the client's current month is no earlier than
  // the UTC month of 14 hours ago; and nobody tracks time in the future. So for a recent month, the
  // client and every entry the month can hold come in one read: the client's time-entry index from 14
  // hours before the month's UTC start up to the client, which sorts after every entry.
  const monthFloor = month ?? new Date(now - MAX_ZONE_OFFSET_MS).toISOString().slice(0, 7);
  const readFrom = new Date(Date.parse(`${monthFloor}-01T00:00:00.000Z`) - MAX_ZONE_OFFSET_MS).toISOString();
  const read = Date.parse(readFrom) >= now - RECENT_USAGE_MS ? await repository.queryClientAndEntriesSince(ctx, clientId, readFrom) : undefined;
  // An older month reads the client first, then the month alone (as does a client not yet in the index).
  const client = read?.client ?? (await getClient(ctx, clientId));
  const theMonth = month ?? monthInZone(now, client.timeZone);
  const [from, to] = monthBoundsInZone(theMonth, client.timeZone);
  // The same bounds the index applies to `<startedAt>#<id>` when the month is queried on its own.
  const inMonth = (entry: TimeEntry) => `${entry.startedAt}#${entry.id}` >= from && `${entry.startedAt}#${entry.id}` <= to;
  const entries = read ? read.entries.filter(inMonth) : await repository.queryAllEntries(ctx, { clientId, from, to });
  const figures = (list: TimeEntry[]) => ({
    trackedSeconds: list.reduce((sum, e) => sum + e.durationSeconds, 0),
    approvedSeconds: list.filter((e) => e.status === 'approved' || e.status === 'billed').reduce((sum, e) => sum + e.durationSeconds, 0),
    billedSeconds: list.filter((e) => e.status === 'billed').reduce((sum, e) => sum + e.durationSeconds, 0),
  });
  const groupBy = (key: (e: TimeEntry) => string) => {
    const groups = new Map<string, TimeEntry[]>();
    for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  };
  const total = figures(entries);
  const trackedHours = total.trackedSeconds / 3600;
  return {
    clientId,
    month: theMonth,
    timeZone: client.timeZone,
    budgetHours: client.monthlyBudgetHours,
    ...total,
    trackedHours: Math.round(trackedHours * 100) / 100,
    percentOfBudget: client.monthlyBudgetHours ? Math.round((trackedHours / client.monthlyBudgetHours) * 1000) / 10 : null,
    byAgent: groupBy((e) => e.userId).map(([userId, list]) => ({ userId, ...figures(list) })),
    byCategory: groupBy((e) => e.category).map(([category, list]) => ({ category, ...figures(list) })),
    // The portal charts the month's use of the budget day by day; a reviewer cannot list open entries to add them up.
    byDay: groupBy((e) => dateInZone(e.startedAt, client.timeZone)).map(([date, list]) => ({ date, ...figures(list) })),
  };
}
