import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, incrementCounter, type Item, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { Conflict } from '../core/errors.ts';
import { keys } from '../core/keys.ts';
import { workItemRecord } from '../core/work-items.ts';
import type { Client } from '../clients/schemas.ts';
import type { Customer, Invoice, InvoiceStatus } from './schemas.ts';

export async function findInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<Invoice | undefined> {
  const item = await getItem(ctx, keys.invoice(ctx, clientId, invoiceId));
  return item ? withoutKeys<Invoice>(item) : undefined;
}

/** An invoice and its client (the seller on its PDF), in one BatchGetItem. */
export async function findInvoiceAndClient(ctx: TenantContext, clientId: string, invoiceId: string): Promise<{ invoice?: Invoice; client?: Client }> {
  const invoiceKey = keys.invoice(ctx, clientId, invoiceId);
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [{ pk: invoiceKey.pk, sk: invoiceKey.sk }, clientKey]);
  const find = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
  const invoice = find(invoiceKey);
  const client = find(clientKey);
  return { ...(invoice ? { invoice: withoutKeys<Invoice>(invoice) } : {}), ...(client ? { client: withoutKeys<Client>(client) } : {}) };
}

export interface InvoiceFilters {
  status?: InvoiceStatus;
  customerId?: string;
  from?: string;
  to?: string;
}

/** DynamoDB reads a page at most this many times to fill one filtered page; the cursor carries on from there. */
const MAX_READS_PER_PAGE = 10;

/**
 * Newest first. A customer's invoices come from gsi1; status and issue-date filters are a
 * FilterExpression, so one page may take several reads (bounded; a short page with a cursor means
 * "keep going"). The position is the last invoice returned, so nothing is skipped between pages.
 */
export async function listInvoices(
  ctx: TenantContext,
  clientId: string,
  filters: InvoiceFilters,
  limit: number,
  startKey?: Item,
): Promise<{ invoices: Invoice[]; lastKey?: Item }> {
  const base = filters.customerId ? keys.invoicesOfCustomer(ctx, clientId, filters.customerId) : keys.invoices(ctx, clientId);
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Item = {};
  if (filters.status) {
    conditions.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = filters.status;
  }
  if (filters.from) {
    conditions.push('#issueDate >= :from');
    names['#issueDate'] = 'issueDate';
    values[':from'] = filters.from;
  }
  if (filters.to) {
    conditions.push('#issueDate <= :to');
    names['#issueDate'] = 'issueDate';
    values[':to'] = filters.to;
  }
  const filter = conditions.length > 0 ? { expression: conditions.join(' AND '), names, values } : undefined;

  const found: Item[] = [];
  let position = startKey;
  for (let read = 0; read < MAX_READS_PER_PAGE && found.length < limit; read++) {
    const page = await queryItems(ctx, {
      ...base,
      limit: filter ? Math.max(limit, 50) : limit - found.length,
      newestFirst: true,
      ...(position ? { startKey: position } : {}),
      ...(filter ? { filter } : {}),
    });
    found.push(...page.items);
    position = page.lastKey;
    if (!position) break;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  // When the reads found more than a page, the next page starts after the last one returned.
  const lastKey =
    found.length > limit && last
      ? { pk: last.pk, sk: last.sk, ...(filters.customerId ? { gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk } : {}) }
      : position;
  return { invoices: items.map((item) => withoutKeys<Invoice>(item)), ...(lastKey ? { lastKey } : {}) };
}

export async function nextInvoiceNumber(ctx: TenantContext, clientId: string): Promise<number> {
  return incrementCounter(ctx, keys.invoiceCounter(ctx, clientId), 'lastNumber');
}

/**
 * What a new invoice needs, in one BatchGetItem: its client, its customer (by name) and the client's last
 * invoice number (0 before the first), which the invoice's transaction then moves on (`numberClaim`).
 */
export async function findForNewInvoice(
  ctx: TenantContext,
  clientId: string,
  name: string,
): Promise<{ client?: Client; customer?: Customer; lastNumber: number }> {
  const clientKey = keys.client(ctx, clientId);
  const customerKey = keys.customer(ctx, clientId, name);
  const counterKey = keys.invoiceCounter(ctx, clientId);
  const items = await batchGetItems(ctx, [clientKey, { pk: customerKey.pk, sk: customerKey.sk }, counterKey]);
  const find = (key: { pk: string; sk: string }) => items.find((item) => item.pk === key.pk && item.sk === key.sk);
  const client = find(clientKey);
  const customer = find(customerKey);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    ...(customer ? { customer: withoutKeys<Customer>(customer) } : {}),
    lastNumber: Number(find(counterKey)?.lastNumber ?? 0),
  };
}

export const numberRaced = () => new Conflict('Another invoice took this number at the same time; try again', 'number_conflict');

/**
 * The counter's move from the number read to the next, inside the invoice's transaction: it applies only
 * if nobody moved the counter since (else `number_conflict`, and nothing is written), so each number goes
 * to exactly one invoice, and, written with it, is never drawn without one.
 */
function numberClaimOp(ctx: TenantContext, clientId: string, lastNumber: number): WriteOp {
  return {
    add: keys.invoiceCounter(ctx, clientId),
    values: { lastNumber: 1 },
    condition: lastNumber === 0 ? 'absent' : { matches: { lastNumber } },
    onConflict: numberRaced,
  };
}

export async function findCustomerByName(ctx: TenantContext, clientId: string, name: string): Promise<Customer | undefined> {
  const item = await getItem(ctx, keys.customer(ctx, clientId, name));
  return item ? withoutKeys<Customer>(item) : undefined;
}

export async function listCustomers(ctx: TenantContext, clientId: string, namePrefix: string | undefined, limit: number, startKey?: Item) {
  const page = await queryItems(ctx, { ...keys.customers(ctx, clientId, namePrefix), limit, ...(startKey ? { startKey } : {}) });
  return { customers: page.items.map((item) => withoutKeys<Customer>(item)), lastKey: page.lastKey };
}

export function invoiceTitle(invoice: Invoice): string {
  return `${invoice.number} · ${invoice.customer.name}`;
}

/** What a customer write looks like inside an invoice's transaction. */
export interface CustomerChange {
  before?: Customer;
  after: Customer;
}

export const customerRaced = () => new Conflict('The customer was changed at the same time; try again', 'customer_conflict');

function customerOp(ctx: TenantContext, change: CustomerChange): WriteOp {
  return {
    put: { ...keys.customer(ctx, change.after.clientId, change.after.name), type: 'customer', ...change.after },
    condition: change.before ? { version: change.before.version } : 'absent',
    onConflict: customerRaced,
  };
}

function invoiceOps(ctx: TenantContext, before: Invoice | undefined, after: Invoice): WriteOp[] {
  return [
    {
      put: { ...keys.invoice(ctx, after.clientId, after.id, after.customer.id), type: 'invoice', ...after },
      condition: before ? { version: before.version } : 'absent',
    },
    workItemRecord(ctx, { type: 'invoice', id: after.id, clientId: after.clientId, title: invoiceTitle(after), status: after.status }),
  ];
}

/**
 * An invoice change in one transaction: the invoice (conditional on its version, or absent when new),
 * its work-item directory record, the remembered customer when it is new or changed, the invoice number's
 * claim when the number was read rather than drawn, and the audit record.
 */
export async function saveInvoice(
  ctx: TenantContext,
  change: { before?: Invoice; after: Invoice; customer?: CustomerChange; claimAfterNumber?: number },
  audit: AuditEvent,
): Promise<void> {
  const ops = invoiceOps(ctx, change.before, change.after);
  if (change.customer) ops.push(customerOp(ctx, change.customer));
  if (change.claimAfterNumber !== undefined) ops.push(numberClaimOp(ctx, change.after.clientId, change.claimAfterNumber));
  await writeItems(ctx, ops, audit);
}
