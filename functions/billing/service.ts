import { getClient, listUnderClient, readUnderClient } from '../clients/service.ts';
import type { Client } from '../clients/schemas.ts';
import { addDays, dateInZone, startOfDateInZone } from '../core/calendar.ts';
import type { TenantContext } from '../core/context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { sumMinor } from '../core/money.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ALL_ROLES, authorize, type PermissionTable } from '../core/policy.ts';
import { findWorkItems, workItemRecord } from '../core/work-items.ts';
import { findEntries, publicEntry, queryAllEntries, type StoredTimeEntry } from '../time/repository.ts';
import type { TimeEntry } from '../time/schemas.ts';
import { buildLines, cardInForce, rateFor, roundDuration } from './pricing.ts';
import * as repository from './repository.ts';
import type { BillingLock, BillingParties, StoredBillingInvoice } from './repository.ts';
import type { BillingInvoice, BillingStatus, RateCard, RateCardInput } from './schemas.ts';

/**
 * DESIGN.md's roles: managers run billing (drafts); owners own rate cards and billing (issue, void,
 * payments). Reviewers read their client's invoices once issued; agents read rates only where shown.
 */
export const billingPermissions = {
  readRates: ALL_ROLES,
  writeRates: ['owner'],
  list: ['owner', 'manager', 'client'],
  run: ['owner', 'manager'],
  issue: ['owner'],
  void: ['owner'],
  recordPayment: ['owner'],
} as const satisfies PermissionTable<string>;

const REVIEWER_STATUSES: readonly BillingStatus[] = ['issued', 'paid', 'void'];
const FIRM_STATUSES: readonly BillingStatus[] = ['draft', 'issued', 'paid', 'void'];
/** Long enough for a 10,000-entry run; a holder that died is taken over once it has passed. */
const LOCK_MS = 5 * 60_000;

const todayIn = (client: Client) => dateInZone(Date.now(), client.timeZone);

/**
 * "Today" in the client's time zone, read from the client only when it decides which card is in force:
 * every zone's today is within a day of UTC's, so when the same card is in force from yesterday to
 * tomorrow (UTC) any of the three days gives the answer, and the client's record is not read.
 */
async function todayForCards(ctx: TenantContext, clientId: string, cards: Parameters<typeof cardInForce>[0]): Promise<string> {
  const utcToday = new Date().toISOString().slice(0, 10);
  if (cardInForce(cards, addDays(utcToday, -1)) === cardInForce(cards, addDays(utcToday, 1))) return utcToday;
  return todayIn(await getClient(ctx, clientId));
}

export async function getRateCard(ctx: TenantContext, clientId: string, on?: string): Promise<RateCard> {
  authorize(ctx, billingPermissions.readRates, clientId);
  const cards = (await readUnderClient(ctx, clientId, async () => {
    const found = await repository.listRateCards(ctx, clientId);
    return found.length > 0 ? found : undefined;
  })) ?? [];
  const card = cardInForce(cards, on ?? (await todayForCards(ctx, clientId, cards)));
  if (!card) throw new NotFound('Rate card');
  if (ctx.role === 'agent' && !card.visibleToAgents) throw new Forbidden('Rates are not shown to agents for this client');
  return card;
}

/** Puts the card in force from `effectiveFrom` (default today); billed time keeps the amounts it was billed at. */
export async function putRateCard(ctx: TenantContext, clientId: string, input: RateCardInput): Promise<RateCard> {
  authorize(ctx, billingPermissions.writeRates, clientId);
  // Every zone's today is within a day of UTC's (taken at one instant, so a midnight between cannot split them).
  const instant = Date.now();
  const utcToday = new Date(instant).toISOString().slice(0, 10);
  const candidates = input.effectiveFrom ? [input.effectiveFrom] : [addDays(utcToday, -1), utcToday, addDays(utcToday, 1)];
  const agentIds = [...new Set(input.agentRates.map((rate) => rate.userId))];
  const found = await repository.findRateCardContext(ctx, clientId, agentIds, candidates);
  const client = found.client;
  if (!client) throw new NotFound('Client');
  if (input.currency !== client.currency) {
    throw new Invalid('A rate card is in the client’s currency', [{ field: 'currency', message: `Must be ${client.currency}` }]);
  }
  const firm = new Set(found.members.filter((member) => member.role !== 'client').map((member) => member.id));
  const issues = input.agentRates.flatMap((rate, index) =>
    firm.has(rate.userId) ? [] : [{ field: `agentRates.${index}.userId`, message: 'Not a member of this firm' }],
  );
  if (issues.length > 0) throw new Invalid('Unknown members in agentRates', issues);
  const effectiveFrom = input.effectiveFrom ?? dateInZone(instant, client.timeZone);
  const before = found.cards.find((card) => card.effectiveFrom === effectiveFrom);
  const now = nowIso();
  const card: RateCard = {
    id: before?.id ?? newId(),
    clientId,
    effectiveFrom,
    currency: input.currency,
    defaultRateMinor: input.defaultRateMinor,
    rounding: input.rounding,
    agentRates: input.agentRates,
    categoryRates: input.categoryRates,
    visibleToAgents: input.visibleToAgents,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    version: (before?.version ?? 0) + 1,
  };
  await repository.saveRateCard(ctx, card, before);
  return card;
}

/** Nobody sees an invoice while its run is building it; a reviewer sees it once issued. */
function isVisible(ctx: TenantContext, invoice: StoredBillingInvoice): invoice is BillingInvoice {
  if (invoice.status === 'building') return false;
  return ctx.role !== 'client' || REVIEWER_STATUSES.includes(invoice.status);
}

function visibleInvoice(ctx: TenantContext, invoice: StoredBillingInvoice | undefined): BillingInvoice {
  if (!invoice || !isVisible(ctx, invoice)) throw new NotFound('Billing invoice');
  return invoice;
}

/**
 * The invoice as the billing index showed it when the caller may see it there. Otherwise it is read by
 * its key: it is not in the index (billed before it, or made up: 404 as ever), or the index, eventually
 * consistent, may not have caught up with a move that made it visible (a run's draft, an issue), and
 * only the invoice itself decides a 404.
 */
async function indexedOrRead(ctx: TenantContext, clientId: string, invoiceId: string, indexed: StoredBillingInvoice | undefined): Promise<BillingInvoice> {
  return indexed && isVisible(ctx, indexed) ? indexed : getBillingInvoice(ctx, clientId, invoiceId);
}

export async function getBillingInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<BillingInvoice> {
  authorize(ctx, billingPermissions.list, clientId);
  return visibleInvoice(ctx, await readUnderClient(ctx, clientId, () => repository.findBillingInvoice(ctx, clientId, invoiceId)));
}

export async function listBillingInvoices(
  ctx: TenantContext,
  clientId: string,
  query: { status?: BillingStatus; limit: number; cursor?: string },
): Promise<Page<BillingInvoice>> {
  authorize(ctx, billingPermissions.list, clientId);
  return listUnderClient(ctx, clientId, async (): Promise<Page<BillingInvoice>> => {
    const allowed = ctx.role === 'client' ? REVIEWER_STATUSES : FIRM_STATUSES;
    const statuses = query.status ? allowed.filter((status) => status === query.status) : allowed;
    if (statuses.length === 0) return { items: [], nextCursor: null };
    const binding = queryBinding('billing-invoices', { clientId, status: query.status });
    const page = await repository.listBillingInvoices(ctx, clientId, {
      statuses,
      limit: query.limit,
      ...(query.cursor ? { startKey: decodeCursor(ctx, binding, query.cursor) } : {}),
    });
    return { items: page.invoices, nextCursor: encodeCursor(ctx, binding, page.lastKey) };
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Billing moves an entry as stored, so it keeps where its time was counted (a delete after a void takes that back). */
const billed = (entry: StoredTimeEntry, invoiceId: string, now: string): StoredTimeEntry => ({
  ...entry,
  status: 'billed',
  billingInvoiceId: invoiceId,
  updatedAt: now,
  version: entry.version + 1,
});

function released(entry: StoredTimeEntry, now: string): StoredTimeEntry {
  const { billingInvoiceId: _invoice, ...rest } = entry;
  return { ...rest, status: 'approved', updatedAt: now, version: entry.version + 1 };
}

/** Returns an invoice's billed entries to `approved`, chunk by chunk; each entry is conditional on its version. */
async function releaseEntries(ctx: TenantContext, invoice: StoredBillingInvoice): Promise<void> {
  const ids = invoice.lines.flatMap((line) => line.entryIds);
  const now = nowIso();
  for (const chunk of chunks(ids, repository.ENTRY_CHUNK)) {
    const entries = (await findEntries(ctx, chunk)).filter((entry) => entry.status === 'billed' && entry.billingInvoiceId === invoice.id);
    if (entries.length > 0) await repository.saveEntryChunk(ctx, entries.map((before) => ({ before, after: released(before, now) })));
  }
}

/**
 * Finishes whatever a billing operation that died left behind, so the next one starts clean: a run
 * that was still marking entries is undone (its entries back to approved, its invoice removed); a
 * void that was still releasing entries releases the rest.
 */
async function recover(ctx: TenantContext, clientId: string, lock: BillingLock): Promise<void> {
  const invoice = await repository.findBillingInvoice(ctx, clientId, lock.invoiceId);
  if (!invoice) return;
  if (lock.operation === 'build' && invoice.status === 'building') {
    await releaseEntries(ctx, invoice);
    await repository.write(ctx, repository.deleteInvoiceOps(ctx, invoice));
  }
  if (lock.operation === 'void' && invoice.status === 'void') await releaseEntries(ctx, invoice);
}

async function acquireLock(ctx: TenantContext, clientId: string, operation: BillingLock['operation'], invoiceId: string): Promise<BillingLock> {
  const held = await repository.findLock(ctx, clientId);
  if (held && held.lockedUntil > Date.now()) {
    throw new Conflict('A billing run for this client is in progress; try again shortly', 'billing_in_progress');
  }
  if (held) await recover(ctx, clientId, held);
  return repository.takeLock(ctx, clientId, { operation, invoiceId, lockedUntil: Date.now() + LOCK_MS }, held);
}

/**
 * A billing run: the approved, billable, unbilled entries that start in the period (calendar dates in
 * the client's zone, both inclusive) become a draft invoice, each exactly once.
 *
 * DynamoDB transactions hold at most 100 items, so a large run cannot mark its entries in one. The
 * run holds the client's billing lock, writes the invoice as `building` (invisible), marks entries
 * billed in chunks (each entry conditional on the version it was priced at), then flips the invoice
 * to `draft` and drops the lock in one transaction. If any entry changed meanwhile, the chunks already
 * written are undone and the run answers 409; if the function dies, the next operation on the client
 * finds the expired lock and undoes the run. No entry is ever on two invoices, and a half-built
 * invoice is never visible.
 */
export async function runBilling(ctx: TenantContext, clientId: string, period: { periodStart: string; periodEnd: string }): Promise<BillingInvoice> {
  authorize(ctx, billingPermissions.run, clientId);
  const client = await getClient(ctx, clientId);
  const invoiceId = newId();
  const lock = await acquireLock(ctx, clientId, 'build', invoiceId);
  let building: StoredBillingInvoice | undefined;
  const marked: StoredTimeEntry[] = [];
  try {
    const from = startOfDateInZone(period.periodStart, client.timeZone);
    const to = startOfDateInZone(addDays(period.periodEnd, 1), client.timeZone);
    const candidates = await queryAllEntries(ctx, { clientId, from, to, status: 'approved' });
    const billable = candidates.filter((entry) => entry.billable && (!client.clientApprovalRequired || entry.clientApprovedAt));
    if (billable.length === 0) throw new Conflict('Nothing to bill in this period', 'nothing_to_bill');

    const cards = await repository.listRateCards(ctx, clientId);
    const priced = billable.map((entry) => {
      const day = dateInZone(entry.startedAt, client.timeZone);
      const card = cardInForce(cards, day);
      if (!card) throw new Conflict(`No rate card is in force on ${day}; add one first`, 'no_rate_card');
      return { id: entry.id, userId: entry.userId, startedAt: entry.startedAt, rateMinor: rateFor(card, entry), billedSeconds: roundDuration(entry.durationSeconds, card.rounding) };
    });
    // The firm comes with the agents: the invoice's documents name both, as they are at the run.
    const { tenant, members } = await repository.findFirmAndAgents(ctx, [...new Set(billable.map((entry) => entry.userId))]);
    const names = new Map(members.map((m) => [m.id, m.name]));
    const lines = buildLines(priced, (userId) => names.get(userId) ?? 'Former member');
    const subtotalMinor = sumMinor(lines.map((line) => line.amountMinor));
    const now = nowIso();
    building = {
      id: invoiceId,
      clientId,
      number: await repository.nextInvoiceNumber(ctx),
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      status: 'building',
      currency: client.currency,
      lines,
      subtotalMinor,
      taxMinor: 0,
      totalMinor: subtotalMinor,
      amountPaidMinor: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const parties: BillingParties = {
      firmName: tenant?.name ?? '',
      client: { name: client.name, billingContact: client.billingContact, timeZone: client.timeZone },
      agentNames: Object.fromEntries(names),
    };
    await repository.write(ctx, [repository.saveInvoiceOp(ctx, building), repository.savePartiesOp(ctx, building, parties)]);
    // Each entry's place on the invoice orders the billing index, so the entries read back in invoice order.
    const positions = new Map(lines.flatMap((line) => line.entryIds).map((id, position) => [id, position]));
    for (const chunk of chunks(billable, repository.ENTRY_CHUNK)) {
      const changes = chunk.map((before) => ({ before, after: billed(before, invoiceId, now), position: positions.get(before.id) as number }));
      await repository.markEntryChunk(ctx, invoiceId, changes);
      marked.push(...changes.map((change) => change.after));
    }
    const draft: BillingInvoice = { ...building, status: 'draft', version: 2 };
    await repository.write(
      ctx,
      [
        repository.saveInvoiceOp(ctx, draft, building),
        workItemRecord(ctx, { type: 'billing_invoice', id: invoiceId, clientId, title: draft.number, status: draft.status }),
        repository.releaseLockOp(ctx, clientId, lock),
      ],
      { action: 'billing_invoice.create', entity: 'billing_invoice', entityId: invoiceId, clientId, after: auditView(draft) },
    );
    return draft;
  } catch (error) {
    await undoRun(ctx, clientId, lock, building, marked);
    if (error instanceof Conflict && error.code === 'version_conflict') {
      throw new Conflict('Some entries changed during the billing run; nothing was billed. Try again.', 'entries_changed');
    }
    throw error;
  }
}

async function undoRun(ctx: TenantContext, clientId: string, lock: BillingLock, building: StoredBillingInvoice | undefined, marked: StoredTimeEntry[]) {
  const now = nowIso();
  for (const chunk of chunks(marked, repository.ENTRY_CHUNK)) {
    await repository.saveEntryChunk(ctx, chunk.map((before) => ({ before, after: released(before, now) })));
  }
  // Unconditional: the write of the building invoice may have failed (nothing to delete, and a version
  // condition would fail and keep the lock), or failed after DynamoDB applied it. The id is this run's own.
  if (building) await repository.write(ctx, repository.discardInvoiceOps(ctx, building));
  await repository.releaseLock(ctx, clientId, lock);
}

type Action = 'issue' | 'void' | 'record-payment';

/** The billing invoice state machine: where each action may start, and where it leads. */
const ACTIONS: Record<Action, { from: readonly BillingStatus[]; roles: readonly string[] }> = {
  issue: { from: ['draft'], roles: billingPermissions.issue },
  void: { from: ['draft', 'issued'], roles: billingPermissions.void },
  'record-payment': { from: ['issued'], roles: billingPermissions.recordPayment },
};

async function actionable(ctx: TenantContext, clientId: string, invoiceId: string, action: Action): Promise<BillingInvoice> {
  const invoice = await getBillingInvoice(ctx, clientId, invoiceId);
  if (!ACTIONS[action].roles.includes(ctx.role)) throw new Forbidden();
  if (!ACTIONS[action].from.includes(invoice.status)) {
    throw new Conflict(`A ${invoice.status} billing invoice cannot be ${action === 'record-payment' ? 'paid' : `${action}d`}`, 'invalid_transition');
  }
  return invoice;
}

async function saveTransition(ctx: TenantContext, before: BillingInvoice, after: BillingInvoice, action: string): Promise<BillingInvoice> {
  await repository.write(
    ctx,
    [
      repository.saveInvoiceOp(ctx, after, before),
      workItemRecord(ctx, { type: 'billing_invoice', id: after.id, clientId: after.clientId, title: after.number, status: after.status }),
    ],
    {
      action: `billing_invoice.${action}`,
      entity: 'billing_invoice',
      entityId: after.id,
      clientId: after.clientId,
      before: auditView(before),
      after: auditView(after),
    },
  );
  return after;
}

/**
 * A billing invoice as the audit trail keeps it: each line's entry ids become their count. A 10,000-entry
 * invoice's ids alone come to about 300 KB, and a record holds the invoice twice (before and after): past
 * DynamoDB's 400 KB item limit. The ids stay on the invoice, and its entries route lists them.
 */
function auditView(invoice: BillingInvoice) {
  return { ...invoice, lines: invoice.lines.map(({ entryIds, ...line }) => ({ ...line, entryCount: entryIds.length })) };
}

export async function issueBillingInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<BillingInvoice> {
  const before = await actionable(ctx, clientId, invoiceId, 'issue');
  const now = nowIso();
  return saveTransition(ctx, before, { ...before, status: 'issued', issuedAt: now, updatedAt: now, version: before.version + 1 }, 'issue');
}

export async function recordBillingPayment(ctx: TenantContext, clientId: string, invoiceId: string, amountMinor: number): Promise<BillingInvoice> {
  const before = await actionable(ctx, clientId, invoiceId, 'record-payment');
  const paid = before.amountPaidMinor + amountMinor;
  if (paid > before.totalMinor) {
    // As for client invoices: an overpayment is bad input for the invoice as it stands.
    const remaining = before.totalMinor - before.amountPaidMinor;
    throw new Invalid('The payment is more than what remains to be paid', [{ field: 'amountMinor', message: `At most ${remaining}` }]);
  }
  const now = nowIso();
  const after: BillingInvoice = {
    ...before,
    amountPaidMinor: paid,
    status: paid === before.totalMinor ? 'paid' : 'issued',
    ...(paid === before.totalMinor ? { paidAt: now } : {}),
    updatedAt: now,
    version: before.version + 1,
  };
  return saveTransition(ctx, before, after, 'record-payment');
}

/** Voids the invoice, then returns its entries to `approved` so a later run bills them again. */
export async function voidBillingInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<BillingInvoice> {
  const before = await actionable(ctx, clientId, invoiceId, 'void');
  const lock = await acquireLock(ctx, clientId, 'void', invoiceId);
  const now = nowIso();
  const after = await saveTransition(ctx, before, { ...before, status: 'void', voidedAt: now, updatedAt: now, version: before.version + 1 }, 'void');
  await releaseEntries(ctx, after);
  await repository.releaseLock(ctx, clientId, lock);
  return after;
}

/**
 * How far into an invoice's billing index one request reads: the invoice, then up to this many of its
 * entries in invoice order (about 125 KB). A page that lies within that reach comes with the invoice in
 * one Query. A line's place on the invoice is known only once the invoice is read, so a line's page reads
 * the whole reach; a page beyond it (deep in a large invoice) reads the invoice, then its entries by id.
 */
const INDEX_REACH = 250;

/** The entries behind an invoice (or one of its lines), a page at a time, for the drill-down. */
export async function billingInvoiceEntries(
  ctx: TenantContext,
  clientId: string,
  invoiceId: string,
  query: { line?: number; limit: number; cursor?: string },
): Promise<Page<TimeEntry>> {
  authorize(ctx, billingPermissions.list, clientId);
  const binding = queryBinding('billing-invoice-entries', { invoiceId, line: query.line });
  const offset = cursorOffset(ctx, binding, query.cursor);
  const reach = query.line === undefined && offset !== undefined ? offset + query.limit : INDEX_REACH;
  const indexed = offset !== undefined && reach <= INDEX_REACH ? await repository.findInvoiceWithEntries(ctx, clientId, invoiceId, reach) : undefined;
  const invoice = await indexedOrRead(ctx, clientId, invoiceId, indexed?.invoice);
  if (query.line !== undefined && !invoice.lines[query.line]) throw new NotFound('Billing line');
  const ids = query.line !== undefined ? (invoice.lines[query.line]?.entryIds ?? []) : invoice.lines.flatMap((line) => line.entryIds);
  // Decoded again here, so that a bad cursor answers 400 only after the invoice's 404s, as it always has.
  const start = Number(decodeCursor(ctx, binding, query.cursor)?.offset ?? 0);
  const pageIds = ids.slice(start, start + query.limit);
  // The index holds an entry only while it is billed on this invoice, and it is eventually consistent: a
  // void invoice's entries (released, so read as they now are) and any the index does not have yet are
  // read by id, so the page is always the one the invoice's own entry ids name.
  const fromIndex = new Map((indexed?.entries ?? []).map((entry) => [entry.id, entry]));
  const complete = invoice.status !== 'void' && pageIds.every((id) => fromIndex.has(id));
  const entries = complete ? pageIds.map((id) => fromIndex.get(id) as TimeEntry) : await findEntries(ctx, pageIds);
  const next = start + query.limit < ids.length ? encodeCursor(ctx, binding, { offset: start + query.limit }) : null;
  // Each entry names its work item, as the time routes do, so the drill-down reads "Ticket: …", not an id.
  const refs = entries.flatMap((entry) => (entry.workItem ? [entry.workItem] : []));
  const titles = new Map(refs.length ? (await findWorkItems(ctx, clientId, refs)).map((item) => [`${item.type}:${item.id}`, item.title]) : []);
  const items = entries.map(publicEntry).map((entry) => {
    const title = entry.workItem && titles.get(`${entry.workItem.type}:${entry.workItem.id}`);
    return entry.workItem && title ? { ...entry, workItem: { ...entry.workItem, title } } : entry;
  });
  return { items, nextCursor: next };
}

/** The cursor's offset, or undefined when the cursor is not valid (the invoice is then read first, as before). */
function cursorOffset(ctx: TenantContext, binding: string, cursor: string | undefined): number | undefined {
  try {
    const offset = Number(decodeCursor(ctx, binding, cursor)?.offset ?? 0);
    return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Everything the PDF and CSV show: the invoice, every entry behind it (in invoice order), and the client,
 * the firm and the agents as they were at the run (an invoice names its parties as billed, as its lines'
 * descriptions name the agents). The billing index gives all of it in one Query (one per 1 MB); what it
 * does not hold (a void invoice's released entries, entries it does not hold yet, the parties of an
 * invoice billed before they were kept) is read by key, as it now is.
 */
export async function billingDocumentData(ctx: TenantContext, clientId: string, invoiceId: string) {
  authorize(ctx, billingPermissions.list, clientId);
  const indexed = await repository.findInvoiceDocument(ctx, clientId, invoiceId);
  const invoice = await indexedOrRead(ctx, clientId, invoiceId, indexed.invoice);
  const ids = invoice.lines.flatMap((line) => line.entryIds);
  const fromIndex = new Map(indexed.entries.map((entry) => [entry.id, entry]));
  const complete = invoice.status !== 'void' && ids.every((id) => fromIndex.has(id));
  const parts = await repository.findDocumentParts(ctx, clientId, {
    withParties: !indexed.parties,
    entryIds: complete ? [] : ids,
    userIds: indexed.parties ? [] : [...new Set(invoice.lines.map((line) => line.userId))],
  });
  const parties: BillingParties | undefined = indexed.parties ?? (parts.client && {
    firmName: parts.tenant?.name ?? '',
    client: parts.client,
    agentNames: Object.fromEntries(parts.members.map((member) => [member.id, member.name])),
  });
  if (!parties) throw new NotFound('Client');
  const entries = complete ? ids.map((id) => fromIndex.get(id) as TimeEntry) : parts.entries;
  const refs = entries.flatMap((entry) => (entry.workItem ? [entry.workItem] : []));
  const titles = new Map(refs.length ? (await findWorkItems(ctx, clientId, refs)).map((item) => [`${item.type}:${item.id}`, item.title]) : []);
  return {
    invoice,
    client: parties.client,
    firmName: parties.firmName,
    entries,
    agentName: (userId: string) => parties.agentNames[userId] ?? 'Former member',
    workItemTitle: (entry: TimeEntry) => (entry.workItem ? (titles.get(`${entry.workItem.type}:${entry.workItem.id}`) ?? '') : ''),
  };
}
