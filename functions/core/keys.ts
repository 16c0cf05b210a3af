import type { TenantContext } from './context.ts';
import { NotFound } from './errors.ts';
import { isUlid } from './ids.ts';
import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';

/**
 * Every DynamoDB and S3 key is built here, and every tenant key starts with `T#<tenantId>`.
 * Ids are checked to be ULIDs before they reach a key, so no `#` or other separator from a path
 * or body can shift a key into another tenant's or client's space: a malformed id is simply absent.
 */
/** The client's own place in its time-entry index (gsi1): after every `<startedAt>#<entryId>`. */
const CLIENT_IN_TIME_INDEX = '~CLIENT';

export interface ItemKey {
  pk: string;
  sk: string;
}

function id(kind: string, value: string): string {
  if (!isUlid(value)) throw new NotFound(kind);
  return value;
}

function datePart(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a date: ${value}`);
  return value;
}

function monthPart(value: string): string {
  if (!/^\d{4}-\d{2}$/.test(value)) throw new Error(`Not a month: ${value}`);
  return value;
}

export function tenantPrefix(ctx: Pick<TenantContext, 'tenantId'>): string {
  return `T#${id('Tenant', ctx.tenantId)}`;
}

/** True when a partition key belongs to the context's tenant. The data layer refuses any other. */
export function isTenantKey(ctx: Pick<TenantContext, 'tenantId'>, pk: string): boolean {
  const prefix = tenantPrefix(ctx);
  return pk === prefix || pk.startsWith(`${prefix}#`);
}

export const keys = {
  tenant: (ctx: TenantContext): ItemKey => ({ pk: tenantPrefix(ctx), sk: 'TENANT' }),

  member: (ctx: TenantContext, userId: string): ItemKey => ({
    pk: tenantPrefix(ctx),
    sk: `MEMBER#${id('Member', userId)}`,
  }),
  members: (ctx: TenantContext) => ({ pk: tenantPrefix(ctx), skPrefix: 'MEMBER#' }),

  client: (ctx: TenantContext, clientId: string): ItemKey => ({
    pk: tenantPrefix(ctx),
    sk: `CLIENT#${id('Client', clientId)}`,
  }),
  clients: (ctx: TenantContext) => ({ pk: tenantPrefix(ctx), skPrefix: 'CLIENT#' }),

  assignments: (ctx: TenantContext, clientId: string): ItemKey => ({
    pk: tenantPrefix(ctx),
    sk: `ASSIGNMENTS#${id('Client', clientId)}`,
  }),

  /** Audit records partition per tenant; the client index lets a reviewer read only their client's trail. */
  audit: (ctx: TenantContext, auditId: string, clientId?: string) => ({
    pk: `${tenantPrefix(ctx)}#AUDIT`,
    sk: id('Audit record', auditId),
    ...(clientId ? { gsi1pk: `${tenantPrefix(ctx)}#AUDIT#CLIENT#${id('Client', clientId)}`, gsi1sk: auditId } : {}),
  }),
  auditLog: (ctx: TenantContext) => ({ pk: `${tenantPrefix(ctx)}#AUDIT` }),
  clientAuditLog: (ctx: TenantContext, clientId: string) => ({
    index: 'gsi1' as const,
    pk: `${tenantPrefix(ctx)}#AUDIT#CLIENT#${id('Client', clientId)}`,
  }),

  /** A tenant's request counts in one fixed minute (rate limits): the tenant's total and one attribute per user. */
  rateWindow: (ctx: TenantContext, minute: number): ItemKey => ({ pk: `${tenantPrefix(ctx)}#RATE`, sk: `MINUTE#${Math.trunc(minute)}` }),

  /** The directory of work items (see work-items.ts), partitioned per client. */
  workItem: (ctx: TenantContext, clientId: string, type: string, workItemId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: workItemSortKey(type, workItemId),
  }),

  /** A time entry lives under its own id (GET by id) and is listed through three indexes. */
  timeEntry: (ctx: TenantContext, entryId: string): ItemKey => ({ pk: `${tenantPrefix(ctx)}#TIME#${id('Time entry', entryId)}`, sk: 'ENTRY' }),
  timeEntryIndexes: (ctx: TenantContext, entry: { id: string; clientId: string; userId: string; startedAt: string }) => {
    const sort = `${entry.startedAt}#${id('Time entry', entry.id)}`;
    return {
      gsi1pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', entry.clientId)}#TIME`,
      gsi1sk: sort,
      gsi2pk: `${tenantPrefix(ctx)}#USER#${id('Member', entry.userId)}#TIME`,
      gsi2sk: sort,
      gsi3pk: `${tenantPrefix(ctx)}#TIME`,
      gsi3sk: sort,
    };
  },
  clientTimeEntries: (ctx: TenantContext, clientId: string) => ({
    index: 'gsi1' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TIME`,
  }),
  /**
   * The client itself also sits in its time-entry index, after every entry (`~` sorts after any instant;
   * entry lists ask for instants only, so they never meet it): a report over recent time reads the
   * client's zone and budget in the same Query as the entries, newest first from the client down.
   */
  clientInTimeIndex: (ctx: TenantContext, clientId: string) => ({
    gsi1pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TIME`,
    gsi1sk: CLIENT_IN_TIME_INDEX,
  }),
  clientAndTimeEntriesSince: (ctx: TenantContext, clientId: string, from: string) => ({
    index: 'gsi1' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TIME`,
    skBetween: [from, CLIENT_IN_TIME_INDEX] as [string, string],
  }),
  userTimeEntries: (ctx: TenantContext, userId: string) => ({
    index: 'gsi2' as const,
    pk: `${tenantPrefix(ctx)}#USER#${id('Member', userId)}#TIME`,
  }),
  tenantTimeEntries: (ctx: TenantContext) => ({ index: 'gsi3' as const, pk: `${tenantPrefix(ctx)}#TIME` }),
  timer: (ctx: TenantContext, userId: string): ItemKey => ({ pk: `${tenantPrefix(ctx)}#USER#${id('Member', userId)}`, sk: 'TIMER' }),
  /** One UTC day of an agent's tracked intervals: the record that makes overlapping entries impossible. */
  timesheetDay: (ctx: TenantContext, userId: string, day: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#USER#${id('Member', userId)}`,
    sk: `DAY#${datePart(day)}`,
  }),
  /** A client's tracked seconds in one month of its time zone, kept in step with the entries. */
  clientUsage: (ctx: TenantContext, clientId: string, month: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: `USAGE#${monthPart(month)}`,
  }),

  /** Rate cards, one per client and effective date; the card in force is the latest not after a day. */
  rateCard: (ctx: TenantContext, clientId: string, effectiveFrom: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: `RATES#${datePart(effectiveFrom)}`,
  }),
  rateCards: (ctx: TenantContext, clientId: string) => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    skPrefix: 'RATES#',
  }),
  billingInvoice: (ctx: TenantContext, clientId: string, invoiceId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: `BILLING_INVOICE#${id('Billing invoice', invoiceId)}`,
  }),
  billingInvoices: (ctx: TenantContext, clientId: string) => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    skPrefix: 'BILLING_INVOICE#',
  }),
  /**
   * The billing index (gsi4): a billing invoice and the entries billed on it share one index partition,
   * the invoice first (`BILLING_INVOICE` sorts before `ENTRY#`), then its entries in invoice order (line
   * by line, as `lines[].entryIds` lists them), so one Query reads the invoice and a page of its entries.
   * An entry carries its keys only while it is billed on the invoice: releasing it (void, or undoing a
   * run) rewrites it without them.
   */
  billingInvoiceIndex: (ctx: TenantContext, clientId: string, invoiceId: string) => ({
    gsi4pk: billingIndexPartition(ctx, clientId, invoiceId),
    gsi4sk: 'BILLING_INVOICE',
  }),
  /**
   * What a billing invoice's documents name besides the invoice (client, firm, agents), as they were at
   * the run: its own item (written once with the invoice, so the invoice's moves never touch it), second
   * in the invoice's billing-index partition, right after the invoice and before its entries.
   */
  billingParties: (ctx: TenantContext, clientId: string, invoiceId: string) => ({
    pk: clientPartition(ctx, clientId),
    sk: `BILLING_PARTIES#${id('Billing invoice', invoiceId)}`,
    gsi4pk: billingIndexPartition(ctx, clientId, invoiceId),
    gsi4sk: 'BILLING_INVOICE#PARTIES',
  }),
  billedEntryIndex: (ctx: TenantContext, clientId: string, invoiceId: string, position: number) => {
    if (!Number.isInteger(position) || position < 0 || position >= 10_000_000) throw new Error(`Not an entry position: ${position}`);
    return { gsi4pk: billingIndexPartition(ctx, clientId, invoiceId), gsi4sk: `ENTRY#${String(position).padStart(7, '0')}` };
  },
  billingInvoiceContents: (ctx: TenantContext, clientId: string, invoiceId: string) => ({
    index: 'gsi4' as const,
    pk: billingIndexPartition(ctx, clientId, invoiceId),
  }),
  /** At most one billing operation per client at a time; it also names the run to recover if one died. */
  billingLock: (ctx: TenantContext, clientId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: 'BILLING_LOCK',
  }),
  /** Tenant-wide sequences (billing invoice numbers), handed out by an atomic ADD. */
  tenantCounter: (ctx: TenantContext, name: 'billing_invoice'): ItemKey => ({ pk: tenantPrefix(ctx), sk: `COUNTER#${name}` }),

  /** One record per (caller, key): a key only ever replays for the user who first sent it. */
  idempotency: (ctx: TenantContext, requestKeyHash: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#IDEMPOTENCY#${ctx.userId}#${requestKeyHash}`,
    sk: 'IDEMPOTENCY',
  }),

  // Invoices, customers, payroll and comments live in their client's partition (issue 4).

  /** A client's sales invoice; gsi1 lists one customer's invoices. */
  invoice: (ctx: TenantContext, clientId: string, invoiceId: string, customerId?: string) => ({
    pk: clientPartition(ctx, clientId),
    sk: `INVOICE#${id('Invoice', invoiceId)}`,
    ...(customerId
      ? { gsi1pk: `${clientPartition(ctx, clientId)}#CUSTOMER#${id('Customer', customerId)}`, gsi1sk: `INVOICE#${invoiceId}` }
      : {}),
  }),
  invoices: (ctx: TenantContext, clientId: string) => ({ pk: clientPartition(ctx, clientId), skPrefix: 'INVOICE#' }),
  invoicesOfCustomer: (ctx: TenantContext, clientId: string, customerId: string) => ({
    index: 'gsi1' as const,
    pk: `${clientPartition(ctx, clientId)}#CUSTOMER#${id('Customer', customerId)}`,
    skPrefix: 'INVOICE#',
  }),
  /** The client's invoice-number sequence: an atomic counter, so no number is handed out twice. */
  invoiceCounter: (ctx: TenantContext, clientId: string): ItemKey => ({ pk: clientPartition(ctx, clientId), sk: 'COUNTER#INVOICE' }),

  /**
   * A remembered customer, keyed by a digest of its normalized name so the same name always finds the
   * same record (and two invoices racing to create it meet on one key); gsi1 lists them by name.
   */
  customer: (ctx: TenantContext, clientId: string, name: string) => ({
    pk: clientPartition(ctx, clientId),
    sk: `CUSTOMER#${createHash('sha256').update(customerNameKey(name)).digest('base64url')}`,
    gsi1pk: `${clientPartition(ctx, clientId)}#CUSTOMERS`,
    gsi1sk: customerNameKey(name),
  }),
  customers: (ctx: TenantContext, clientId: string, namePrefix?: string) => ({
    index: 'gsi1' as const,
    pk: `${clientPartition(ctx, clientId)}#CUSTOMERS`,
    ...(namePrefix ? { skPrefix: customerNameKey(namePrefix) } : {}),
  }),

  employee: (ctx: TenantContext, clientId: string, employeeId: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `EMPLOYEE#${id('Employee', employeeId)}`,
  }),
  employees: (ctx: TenantContext, clientId: string) => ({ pk: clientPartition(ctx, clientId), skPrefix: 'EMPLOYEE#' }),
  /** The client's currency as payroll last saw it, sorted right before the employees (see payrollRoster). */
  payrollTerms: (ctx: TenantContext, clientId: string): ItemKey => ({ pk: clientPartition(ctx, clientId), sk: 'EMPLOYEE' }),
  /** The payroll terms and then every employee: what a new run is made of, in one Query. */
  payrollRoster: (ctx: TenantContext, clientId: string) => ({ pk: clientPartition(ctx, clientId), skPrefix: 'EMPLOYEE' }),

  payrollRun: (ctx: TenantContext, clientId: string, runId: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `PAYROLL_RUN#${id('Payroll run', runId)}`,
  }),
  payrollRuns: (ctx: TenantContext, clientId: string) => ({ pk: clientPartition(ctx, clientId), skPrefix: 'PAYROLL_RUN#' }),

  /**
   * Comments sort right under their work item's directory record, oldest first (comment ids are ULIDs),
   * so that one Query reads the record and the first page of its thread.
   */
  comment: (ctx: TenantContext, clientId: string, itemType: string, itemId: string, commentId: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `${workItemSortKey(workItemType(itemType), itemId)}#COMMENT#${id('Comment', commentId)}`,
  }),
  /** A work item's directory record followed by its comments (ULIDs are fixed-length: no other item shares the prefix). */
  workItemThread: (ctx: TenantContext, clientId: string, itemType: string, itemId: string) => ({
    pk: clientPartition(ctx, clientId),
    skPrefix: workItemSortKey(workItemType(itemType), itemId),
  }),

  /** Audit sort-key bounds for a time range: ULIDs start with their time, so `from`/`to` become a BETWEEN. */
  auditTimeRange: (fromMs?: number, toMs?: number): [string, string] => [
    fromMs === undefined ? '0'.repeat(26) : `${encodeTime(Math.max(0, fromMs), 10)}${'0'.repeat(16)}`,
    toMs === undefined ? `7${'Z'.repeat(25)}` : `${encodeTime(Math.max(0, toMs), 10)}${'Z'.repeat(16)}`,
  ],
  /** A document's record, in its client's partition; the work-item index lists a work item's documents. */
  document: (ctx: TenantContext, clientId: string, documentId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: `DOC#${id('Document', documentId)}`,
  }),
  documents: (ctx: TenantContext, clientId: string) => ({ pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`, skPrefix: 'DOC#' }),
  documentIndexes: (ctx: TenantContext, document: { id: string; clientId: string; workItem?: { type: string; id: string } }) =>
    document.workItem
      ? {
          gsi1pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', document.clientId)}#WORKITEM#${document.workItem.type}#${id('Work item', document.workItem.id)}#DOCS`,
          gsi1sk: id('Document', document.id),
        }
      : {},
  workItemDocuments: (ctx: TenantContext, clientId: string, workItem: { type: string; id: string }) => ({
    index: 'gsi1' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#WORKITEM#${workItem.type}#${id('Work item', workItem.id)}#DOCS`,
  }),

  /**
   * A data-entry batch in its client's partition, with its counters sorted right after it, so one Query on
   * `BATCH#` lists batches with their counts; its records in a partition of its own, beside a copy of its
   * columns (the CSV export's one Query).
   */
  batch: (ctx: TenantContext, clientId: string, batchId: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `BATCH#${id('Batch', batchId)}`,
  }),
  batches: (ctx: TenantContext, clientId: string) => ({ pk: clientPartition(ctx, clientId), skPrefix: 'BATCH#' }),
  /**
   * Record and QA counters, an item apart from the batch so that keying records never bumps the batch's
   * version, yet under the batch's prefix (`BATCH#<b>#STATS` sorts right after `BATCH#<b>`) so the list's
   * Query returns each batch with its counters.
   */
  batchStats: (ctx: TenantContext, clientId: string, batchId: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `BATCH#${id('Batch', batchId)}#STATS`,
  }),
  /** A copy of the batch's name and fields beside its records (`BATCH` sorts before `RECORD#`), kept with every batch write. */
  batchColumns: (ctx: TenantContext, clientId: string, batchId: string): ItemKey => ({
    pk: batchPartition(ctx, clientId, batchId),
    sk: 'BATCH',
  }),
  /** All that the CSV export reads, in one Query: the columns copy, then the records in keying order. */
  batchSheet: (ctx: TenantContext, clientId: string, batchId: string) => ({ pk: batchPartition(ctx, clientId, batchId) }),
  batchRecord: (ctx: TenantContext, clientId: string, batchId: string, recordId: string): ItemKey => ({
    pk: batchPartition(ctx, clientId, batchId),
    sk: `RECORD#${id('Record', recordId)}`,
  }),
  batchRecords: (ctx: TenantContext, clientId: string, batchId: string) => ({
    pk: batchPartition(ctx, clientId, batchId),
    skPrefix: 'RECORD#',
  }),
  /**
   * A client's QA counters for one calendar month (client's zone), every keyer's in the one item (see
   * `qualityFigure`): the months of a report are known, so the report reads them with the client in one
   * BatchGetItem, whoever keyed.
   */
  qualityMonth: (ctx: TenantContext, clientId: string, month: string): ItemKey => ({
    pk: clientPartition(ctx, clientId),
    sk: `QUALITY#${monthPart(month)}`,
  }),
  /** The attribute of a month's QA counters that holds one keyer's figure (`checkedCount#<userId>`, …). */
  qualityFigure: (figure: 'checkedCount' | 'verifiedCount' | 'correctedCount', agentId: string): string => `${figure}#${id('Member', agentId)}`,

  /** A support queue in its client's partition. */
  queue: (ctx: TenantContext, clientId: string, queueId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`,
    sk: `QUEUE#${id('Queue', queueId)}`,
  }),
  queues: (ctx: TenantContext, clientId: string) => ({ pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`, skPrefix: 'QUEUE#' }),
  /** A ticket and its messages share a partition; three indexes list a client's tickets (all, by assignee, by status). */
  ticket: (ctx: TenantContext, clientId: string, ticketId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKET#${id('Ticket', ticketId)}`,
    sk: 'TICKET',
  }),
  ticketIndexes: (ctx: TenantContext, ticket: { id: string; clientId: string; status: string; assigneeId: string | null; createdAt: string }) => {
    const client = `${tenantPrefix(ctx)}#CLIENT#${id('Client', ticket.clientId)}`;
    const sort = `${ticket.createdAt}#${id('Ticket', ticket.id)}`;
    return {
      gsi1pk: `${client}#TICKETS`,
      gsi1sk: sort,
      ...(ticket.assigneeId ? { gsi2pk: `${client}#TICKETS#ASSIGNEE#${id('Member', ticket.assigneeId)}`, gsi2sk: sort } : {}),
      gsi3pk: `${client}#TICKETS#STATUS#${ticket.status}`,
      gsi3sk: sort,
    };
  },
  clientTickets: (ctx: TenantContext, clientId: string) => ({
    index: 'gsi1' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKETS`,
  }),
  assigneeTickets: (ctx: TenantContext, clientId: string, assigneeId: string) => ({
    index: 'gsi2' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKETS#ASSIGNEE#${id('Member', assigneeId)}`,
  }),
  statusTickets: (ctx: TenantContext, clientId: string, status: string) => ({
    index: 'gsi3' as const,
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKETS#STATUS#${status}`,
  }),
  ticketMessage: (ctx: TenantContext, clientId: string, ticketId: string, messageId: string): ItemKey => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKET#${id('Ticket', ticketId)}`,
    sk: `MSG#${id('Message', messageId)}`,
  }),
  ticketMessages: (ctx: TenantContext, clientId: string, ticketId: string) => ({
    pk: `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}#TICKET#${id('Ticket', ticketId)}`,
    skPrefix: 'MSG#',
  }),
};

/**
 * The `sweep` index, the one index keyed by time rather than tenant (tenancy rule 2's exception): a
 * ticket's next SLA due time, bucketed by UTC hour. Only the scheduled SLA sweep reads it; it names the
 * ticket's tenant, client and id so the sweep can go back to the ticket through a tenant's context.
 */
export const sweepKeys = {
  slaBucket: (hour: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(hour)) throw new Error(`Not an hour bucket: ${hour}`);
    return `SLA#${hour}`;
  },
  sla: (ctx: Pick<TenantContext, 'tenantId'>, clientId: string, ticketId: string, dueAt: string) => ({
    sweepPk: sweepKeys.slaBucket(new Date(dueAt).toISOString().slice(0, 13)),
    sweepSk: `${new Date(dueAt).toISOString()}#${id('Tenant', ctx.tenantId)}#${id('Client', clientId)}#${id('Ticket', ticketId)}`,
  }),
  /** The tenant, client and ticket an SLA sweep entry names; undefined for anything malformed. */
  parseSla: (sweepSk: string): { dueAt: string; tenantId: string; clientId: string; ticketId: string } | undefined => {
    const [dueAt, tenantId, clientId, ticketId, extra] = sweepSk.split('#');
    if (!dueAt || !tenantId || !clientId || !ticketId || extra !== undefined) return undefined;
    if (![tenantId, clientId, ticketId].every(isUlid)) return undefined;
    return { dueAt, tenantId, clientId, ticketId };
  },
};

/**
 * Keys of the local identity provider, the stand-in for Cognito. They are the identity provider's own
 * records (a login has no tenant yet), read only by the identity code, never by a module.
 */
export const identityKeys = {
  login: (email: string): ItemKey => ({ pk: `IDP#LOGIN#${email.toLowerCase()}`, sk: 'LOGIN' }),
  loginAttempts: (email: string): ItemKey => ({ pk: `IDP#ATTEMPTS#${email.toLowerCase()}`, sk: 'ATTEMPTS' }),
  signupIdempotency: (requestKeyHash: string): ItemKey => ({ pk: `IDP#SIGNUP#${requestKeyHash}`, sk: 'IDEMPOTENCY' }),
};

/** S3 object keys: always under the tenant's and client's prefix. */
export const objectKeys = {
  document: (ctx: TenantContext, clientId: string, documentId: string): string =>
    `tenants/${id('Tenant', ctx.tenantId)}/clients/${id('Client', clientId)}/documents/${id('Document', documentId)}`,
};

/** A client's own partition: its work items, sequences, customers, employees and comments. */
function clientPartition(ctx: TenantContext, clientId: string): string {
  return `${tenantPrefix(ctx)}#CLIENT#${id('Client', clientId)}`;
}

/** A batch's own partition: its records and the copy of its columns. */
function batchPartition(ctx: TenantContext, clientId: string, batchId: string): string {
  return `${clientPartition(ctx, clientId)}#BATCH#${id('Batch', batchId)}`;
}

function billingIndexPartition(ctx: TenantContext, clientId: string, invoiceId: string): string {
  return `${clientPartition(ctx, clientId)}#BILLING_INVOICE#${id('Billing invoice', invoiceId)}`;
}

/** Customer names match whatever their case and spacing: "ACME  Corp" is "acme corp". */
function customerNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function workItemType(value: string): string {
  if (!/^[a-z_]{1,32}$/.test(value)) throw new NotFound('Work item');
  return value;
}

/** A work item's directory record; its comments sort under it. */
function workItemSortKey(type: string, workItemId: string): string {
  return `WORKITEM#${type}#${id('Work item', workItemId)}`;
}
