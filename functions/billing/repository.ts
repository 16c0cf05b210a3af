import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, incrementCounter, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { Conflict } from '../core/errors.ts';
import { keys } from '../core/keys.ts';
import { entryItem, type StoredTimeEntry, saveEntryOp } from '../time/repository.ts';
import type { Client } from '../clients/schemas.ts';
import type { Member, Tenant } from '../members/schemas.ts';
import type { BillingInvoice, RateCard } from './schemas.ts';

/** A billing invoice while its entries are being marked: hidden from every list and read. */
export type StoredBillingInvoice = Omit<BillingInvoice, 'status'> & { status: BillingInvoice['status'] | 'building' };

/**
 * What the invoice's PDF and CSV name besides the invoice, as it was at the run: the client billed (and
 * the zone its period is in), the firm, and the agents on its lines, like the names in the lines' own
 * descriptions. Kept beside the invoice, never returned by the API.
 */
export interface BillingParties {
  firmName: string;
  client: Pick<Client, 'name' | 'billingContact' | 'timeZone'>;
  agentNames: Record<string, string>;
}

export interface BillingLock {
  operation: 'build' | 'void';
  invoiceId: string;
  lockedUntil: number;
  version: number;
}

export async function listRateCards(ctx: TenantContext, clientId: string): Promise<RateCard[]> {
  const { pk, skPrefix } = keys.rateCards(ctx, clientId);
  const cards: RateCard[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryItems(ctx, { pk, skPrefix, limit: 100, ...(startKey ? { startKey } : {}) });
    cards.push(...page.items.map((item) => withoutKeys<RateCard>(item)));
    startKey = page.lastKey;
  } while (startKey);
  return cards;
}

/**
 * What setting a rate card reads, in one BatchGetItem (every key is known from the request): the client
 * (currency, time zone), the members the card names, and the cards at the candidate effective dates
 * (one date when the caller gives it; otherwise yesterday, today and tomorrow in UTC, since the
 * client's today is one of them), so the card being replaced comes back with its version.
 */
export async function findRateCardContext(
  ctx: TenantContext,
  clientId: string,
  userIds: string[],
  effectiveDates: string[],
): Promise<{ client?: Client; members: Member[]; cards: RateCard[] }> {
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [
    clientKey,
    ...userIds.map((userId) => keys.member(ctx, userId)),
    ...effectiveDates.map((day) => keys.rateCard(ctx, clientId, day)),
  ]);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    members: items.filter((item) => String(item.sk).startsWith('MEMBER#')).map((item) => withoutKeys<Member>(item)),
    cards: items.filter((item) => String(item.sk).startsWith('RATES#')).map((item) => withoutKeys<RateCard>(item)),
  };
}

export async function saveRateCard(ctx: TenantContext, card: RateCard, before: RateCard | undefined): Promise<void> {
  await writeItems(
    ctx,
    [
      {
        put: { ...keys.rateCard(ctx, card.clientId, card.effectiveFrom), type: 'rate_card', ...card },
        condition: before ? { version: before.version } : 'absent',
      },
    ],
    { action: 'rate_card.put', entity: 'rate_card', entityId: card.id, clientId: card.clientId, ...(before ? { before } : {}), after: card },
  );
}

const invoiceItem = (ctx: TenantContext, invoice: StoredBillingInvoice) => ({
  ...keys.billingInvoice(ctx, invoice.clientId, invoice.id),
  ...keys.billingInvoiceIndex(ctx, invoice.clientId, invoice.id),
  type: 'billing_invoice',
  ...invoice,
});

export async function findBillingInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<StoredBillingInvoice | undefined> {
  const item = await getItem(ctx, keys.billingInvoice(ctx, clientId, invoiceId));
  return item ? withoutKeys<StoredBillingInvoice>(item) : undefined;
}

/**
 * The invoice and the first `reach` entries billed on it, in invoice order, from the billing index in one
 * Query. The index is eventually consistent and holds an entry only while it is billed on this invoice,
 * so the caller checks what it finds against the invoice's own entry ids. An invoice written before the
 * index existed is not found here.
 */
export async function findInvoiceWithEntries(
  ctx: TenantContext,
  clientId: string,
  invoiceId: string,
  reach: number,
): Promise<{ invoice?: StoredBillingInvoice; entries: StoredTimeEntry[] }> {
  // The invoice and its parties come first, then the entries.
  const page = await queryItems(ctx, { ...keys.billingInvoiceContents(ctx, clientId, invoiceId), limit: reach + 2 });
  return invoiceContents(page.items);
}

/** The invoice, its parties and every entry billed on it, from the billing index (one Query per 1 MB). */
export async function findInvoiceDocument(
  ctx: TenantContext,
  clientId: string,
  invoiceId: string,
): Promise<{ invoice?: StoredBillingInvoice; parties?: BillingParties; entries: StoredTimeEntry[] }> {
  const items: Array<Record<string, unknown>> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryItems(ctx, { ...keys.billingInvoiceContents(ctx, clientId, invoiceId), limit: 1000, ...(startKey ? { startKey } : {}) });
    items.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return invoiceContents(items);
}

function invoiceContents(items: Array<Record<string, unknown>>) {
  const invoice = items.find((item) => item.type === 'billing_invoice');
  const parties = items.find((item) => item.type === 'billing_parties');
  return {
    ...(invoice ? { invoice: withoutKeys<StoredBillingInvoice>(invoice) } : {}),
    ...(parties ? { parties: withoutKeys<BillingParties>(parties) } : {}),
    entries: items.filter((item) => item.type === 'time_entry').map((item) => withoutKeys<StoredTimeEntry>(item)),
  };
}

/** The firm and the agents a run names, in one BatchGetItem: the agents' names go on the lines, and both on the documents. */
export async function findFirmAndAgents(ctx: TenantContext, userIds: string[]): Promise<{ tenant?: Tenant; members: Member[] }> {
  const tenantKey = keys.tenant(ctx);
  const items = await batchGetItems(ctx, [tenantKey, ...userIds.map((id) => keys.member(ctx, id))]);
  const tenant = items.find((item) => item.pk === tenantKey.pk && item.sk === tenantKey.sk);
  return {
    ...(tenant ? { tenant: withoutKeys<Tenant>(tenant) } : {}),
    members: items.filter((item) => item !== tenant).map((item) => withoutKeys<Member>(item)),
  };
}

/**
 * What a billing invoice's PDF and CSV show that the billing index did not give, known once the invoice is
 * read, in one BatchGetItem (one per 100 keys; none when nothing is asked): the client and the firm (when
 * `withParties`), the entries asked for (in the order given) and the agents named on its lines.
 */
export async function findDocumentParts(
  ctx: TenantContext,
  clientId: string,
  ask: { withParties: boolean; entryIds: readonly string[]; userIds: readonly string[] },
): Promise<{ client?: Client; tenant?: Tenant; entries: StoredTimeEntry[]; members: Member[] }> {
  const clientKey = keys.client(ctx, clientId);
  const tenantKey = keys.tenant(ctx);
  const entryKeys = ask.entryIds.map((id) => keys.timeEntry(ctx, id));
  const memberKeys = ask.userIds.map((id) => keys.member(ctx, id));
  const items = await batchGetItems(ctx, [...(ask.withParties ? [clientKey, tenantKey] : []), ...entryKeys, ...memberKeys]);
  const byKey = new Map(items.map((item) => [`${item.pk}|${item.sk}`, item]));
  const found = (key: { pk: string; sk: string }) => byKey.get(`${key.pk}|${key.sk}`);
  const client = found(clientKey);
  const tenant = found(tenantKey);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    ...(tenant ? { tenant: withoutKeys<Tenant>(tenant) } : {}),
    entries: entryKeys.flatMap((key) => {
      const item = found(key);
      return item ? [withoutKeys<StoredTimeEntry>(item)] : [];
    }),
    members: memberKeys.flatMap((key) => {
      const item = found(key);
      return item ? [withoutKeys<Member>(item)] : [];
    }),
  };
}

export async function listBillingInvoices(
  ctx: TenantContext,
  clientId: string,
  query: { statuses: readonly string[]; limit: number; startKey?: Record<string, unknown> },
) {
  const { pk, skPrefix } = keys.billingInvoices(ctx, clientId);
  const page = await queryItems(ctx, {
    pk,
    skPrefix,
    limit: query.limit,
    newestFirst: true,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    filter: {
      expression: `#status IN (${query.statuses.map((_, i) => `:s${i}`).join(', ')})`,
      names: { '#status': 'status' },
      values: Object.fromEntries(query.statuses.map((status, i) => [`:s${i}`, status])),
    },
  });
  return { invoices: page.items.map((item) => withoutKeys<BillingInvoice>(item)), lastKey: page.lastKey };
}

export async function nextInvoiceNumber(ctx: TenantContext): Promise<string> {
  const value = await incrementCounter(ctx, keys.tenantCounter(ctx, 'billing_invoice'), 'value');
  return `BILL-${String(value).padStart(4, '0')}`;
}

export async function findLock(ctx: TenantContext, clientId: string): Promise<BillingLock | undefined> {
  const item = await getItem(ctx, keys.billingLock(ctx, clientId));
  return item ? withoutKeys<BillingLock>(item) : undefined;
}

/**
 * Takes the client's billing lock: created if absent, or taken over from an expired holder at the
 * version read. Two runs for one client cannot both hold it.
 */
export async function takeLock(ctx: TenantContext, clientId: string, lock: Omit<BillingLock, 'version'>, expired?: BillingLock): Promise<BillingLock> {
  const taken: BillingLock = { ...lock, version: (expired?.version ?? 0) + 1 };
  await writeItems(ctx, [
    {
      put: { ...keys.billingLock(ctx, clientId), type: 'billing_lock', ...taken },
      condition: expired ? { version: expired.version } : 'absent',
      onConflict: () => new Conflict('A billing run for this client is in progress; try again shortly', 'billing_in_progress'),
    },
  ]);
  return taken;
}

export function releaseLockOp(ctx: TenantContext, clientId: string, lock: BillingLock): WriteOp {
  return { delete: keys.billingLock(ctx, clientId), condition: { version: lock.version } };
}

export async function releaseLock(ctx: TenantContext, clientId: string, lock: BillingLock): Promise<void> {
  await writeItems(ctx, [releaseLockOp(ctx, clientId, lock)]);
}

export function saveInvoiceOp(ctx: TenantContext, after: StoredBillingInvoice, before?: StoredBillingInvoice): WriteOp {
  return { put: invoiceItem(ctx, after), condition: before ? { version: before.version } : 'absent' };
}

/** The parties are written once, with the building invoice, and go with it if the run is undone. */
export function savePartiesOp(ctx: TenantContext, invoice: StoredBillingInvoice, parties: BillingParties): WriteOp {
  return { put: { ...keys.billingParties(ctx, invoice.clientId, invoice.id), type: 'billing_parties', ...parties }, condition: 'absent' };
}

/** An undone run's invoice (conditional on its version) and its parties. */
export function deleteInvoiceOps(ctx: TenantContext, invoice: StoredBillingInvoice): WriteOp[] {
  return [
    { delete: keys.billingInvoice(ctx, invoice.clientId, invoice.id), condition: { version: invoice.version } },
    { delete: keys.billingParties(ctx, invoice.clientId, invoice.id) },
  ];
}

/** Removes a run's own half-built invoice and its parties, whether or not their write went through. */
export function discardInvoiceOps(ctx: TenantContext, invoice: StoredBillingInvoice): WriteOp[] {
  return [{ delete: keys.billingInvoice(ctx, invoice.clientId, invoice.id) }, { delete: keys.billingParties(ctx, invoice.clientId, invoice.id) }];
}

export async function write(ctx: TenantContext, ops: WriteOp[], audit?: AuditEvent | AuditEvent[]): Promise<void> {
  await writeItems(ctx, ops, audit);
}

/** Entries change in chunks that fit one transaction with room to spare (DynamoDB allows 100 items). */
export const ENTRY_CHUNK = 90;

/**
 * Marks a chunk of entries billed on `invoiceId`, each conditional on the version it was priced at, and
 * puts each in the billing index at its place on the invoice (`position`: its index in the invoice's
 * entry ids, line by line), in the same write: an entry is in the index exactly while it is billed.
 */
export async function markEntryChunk(
  ctx: TenantContext,
  invoiceId: string,
  changes: Array<{ before: StoredTimeEntry; after: StoredTimeEntry; position: number }>,
): Promise<void> {
  await writeItems(
    ctx,
    changes.map(({ before, after, position }) => ({
      put: { ...entryItem(ctx, after), ...keys.billedEntryIndex(ctx, after.clientId, invoiceId, position) },
      condition: { version: before.version },
    })),
  );
}

/** Writes a chunk of entries as they are (released ones: `saveEntryOp` gives them no billing-index keys). */
export async function saveEntryChunk(ctx: TenantContext, changes: Array<{ before: StoredTimeEntry; after: StoredTimeEntry }>): Promise<void> {
  await writeItems(
    ctx,
    changes.map(({ before, after }) => saveEntryOp(ctx, after, before)),
  );
}
