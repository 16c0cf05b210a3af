import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { Conflict } from '../core/errors.ts';
import { keys } from '../core/keys.ts';
import { workItemRecord } from '../core/work-items.ts';
import type { Client } from '../clients/schemas.ts';
import type { BatchRecord, BatchStatus, StoredBatch } from './schemas.ts';

export interface BatchCounters {
  recordCount: number;
  checkedCount: number;
  verifiedCount: number;
  correctedCount: number;
}

export interface QualityCounters {
  month: string;
  userId: string;
  checkedCount: number;
  verifiedCount: number;
  correctedCount: number;
}

const noCounters: BatchCounters = { recordCount: 0, checkedCount: 0, verifiedCount: 0, correctedCount: 0 };

function countersOf(item: Record<string, unknown> | undefined): BatchCounters {
  return {
    recordCount: Number(item?.recordCount ?? 0),
    checkedCount: Number(item?.checkedCount ?? 0),
    verifiedCount: Number(item?.verifiedCount ?? 0),
    correctedCount: Number(item?.correctedCount ?? 0),
  };
}

export async function findBatch(ctx: TenantContext, clientId: string, batchId: string): Promise<{ batch: StoredBatch; counters: BatchCounters } | undefined> {
  const batchKey = keys.batch(ctx, clientId, batchId);
  const items = await batchGetItems(ctx, [batchKey, keys.batchStats(ctx, clientId, batchId)]);
  const item = items.find((found) => found.sk === batchKey.sk);
  if (!item) return undefined;
  return { batch: withoutKeys<StoredBatch>(item), counters: countersOf(items.find((found) => found !== item)) };
}

/** The most Query calls one page of batches may take when a status filter skips most of what it reads. */
const MAX_BATCH_LIST_READS = 10;

/**
 * A page of batches, newest first, each with its counters, from one Query when unfiltered. The counters
 * sort right after their batch (`BATCH#<b>#STATS`), so newest first they arrive just before it. `limit`
 * counts batches: a read takes two items per batch, and a page that fills ends on a batch, so its cursor
 * (that batch's key, the shape DynamoDB's own would have) never parts a batch from its counters.
 * The status filter is applied here, not as a FilterExpression: DynamoDB charges for every item it reads
 * whether a filter keeps it or not, and a filter cannot tell which counters belong to a batch it keeps.
 */
export async function listBatches(
  ctx: TenantContext,
  clientId: string,
  query: { status?: BatchStatus; limit: number; startKey?: Record<string, unknown> },
) {
  const batches: Array<{ batch: StoredBatch; counters: BatchCounters }> = [];
  let startKey = query.startKey;
  // Counters whose batch is not read yet, and the position just before them (to resume from).
  let pending: { counters: Record<string, unknown>; before: Record<string, unknown> | undefined } | undefined;
  for (let read = 0; read < MAX_BATCH_LIST_READS; read++) {
    const page = await queryItems(ctx, { ...keys.batches(ctx, clientId), limit: 2 * query.limit, newestFirst: true, ...(startKey ? { startKey } : {}) });
    let previous = startKey;
    for (const [index, item] of page.items.entries()) {
      const position = { pk: item.pk, sk: item.sk };
      if (item.type === 'batch_stats') {
        pending = { counters: item, before: previous };
      } else if (item.type === 'batch') {
        const batch = withoutKeys<StoredBatch>(item);
        const counters = countersOf(pending?.counters.batchId === batch.id ? pending.counters : undefined);
        pending = undefined;
        if (!query.status || batch.status === query.status) batches.push({ batch, counters });
        if (batches.length === query.limit) {
          const more = index < page.items.length - 1 || page.lastKey !== undefined;
          return { batches, ...(more ? { lastKey: position } : {}) };
        }
      }
      previous = position;
    }
    startKey = page.lastKey;
    if (!startKey) return { batches };
  }
  // Out of reads with the page not full: resume where reading stopped, before any counters still waiting for their batch.
  const resume = pending ? pending.before : startKey;
  return { batches, ...(resume ? { lastKey: resume } : {}) };
}

const batchItem = (ctx: TenantContext, batch: StoredBatch) => ({ ...keys.batch(ctx, batch.clientId, batch.id), type: 'batch', ...batch });

/** The copy of the batch's columns beside its records: written with the batch, so it never differs from it. */
const batchColumnsItem = (ctx: TenantContext, batch: StoredBatch) => ({
  ...keys.batchColumns(ctx, batch.clientId, batch.id),
  type: 'batch_columns',
  id: batch.id,
  clientId: batch.clientId,
  name: batch.name,
  fields: batch.fields,
});

const batchWorkItem = (ctx: TenantContext, batch: StoredBatch) =>
  workItemRecord(ctx, { type: 'batch', id: batch.id, clientId: batch.clientId, title: batch.name, status: batch.status });

export async function insertBatch(ctx: TenantContext, batch: StoredBatch): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: batchItem(ctx, batch), condition: 'absent' },
      { put: { ...keys.batchStats(ctx, batch.clientId, batch.id), type: 'batch_stats', batchId: batch.id, ...noCounters }, condition: 'absent' },
      { put: batchColumnsItem(ctx, batch) },
      batchWorkItem(ctx, batch),
    ],
    { action: 'batch.create', entity: 'batch', entityId: batch.id, clientId: batch.clientId, after: batch },
  );
}

/** A batch change (edit or lifecycle move), conditional on the version read, with its directory record. */
export async function replaceBatch(ctx: TenantContext, before: StoredBatch, after: StoredBatch, action: string): Promise<void> {
  await writeItems(
    ctx,
    [{ put: batchItem(ctx, after), condition: { version: before.version } }, { put: batchColumnsItem(ctx, after) }, batchWorkItem(ctx, after)],
    { action, entity: 'batch', entityId: after.id, clientId: after.clientId, before, after },
  );
}

export async function findRecord(ctx: TenantContext, clientId: string, batchId: string, recordId: string): Promise<BatchRecord | undefined> {
  const item = await getItem(ctx, keys.batchRecord(ctx, clientId, batchId, recordId));
  return item ? withoutKeys<BatchRecord>(item) : undefined;
}

/**
 * What a record's edit or QA reads, in one BatchGetItem: the batch, the record and the client (QA counts
 * in the client's month). The batch's counters are not needed: the transaction adds to them.
 */
export async function findRecordInBatch(
  ctx: TenantContext,
  clientId: string,
  batchId: string,
  recordId: string,
): Promise<{ batch?: StoredBatch; record?: BatchRecord; client?: Client }> {
  const wanted = {
    batch: keys.batch(ctx, clientId, batchId),
    record: keys.batchRecord(ctx, clientId, batchId, recordId),
    client: keys.client(ctx, clientId),
  };
  const items = await batchGetItems(ctx, Object.values(wanted));
  const pick = <T>(key: { pk: string; sk: string }) => {
    const item = items.find((found) => found.pk === key.pk && found.sk === key.sk);
    return item ? withoutKeys<T>(item) : undefined;
  };
  const batch = pick<StoredBatch>(wanted.batch);
  const record = pick<BatchRecord>(wanted.record);
  const client = pick<Client>(wanted.client);
  return { ...(batch ? { batch } : {}), ...(record ? { record } : {}), ...(client ? { client } : {}) };
}

export async function listRecords(
  ctx: TenantContext,
  clientId: string,
  batchId: string,
  query: { qa?: string; limit: number; startKey?: Record<string, unknown> },
) {
  const page = await queryItems(ctx, {
    ...keys.batchRecords(ctx, clientId, batchId),
    limit: query.limit,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    ...(query.qa ? { filter: { expression: '#qa = :qa', names: { '#qa': 'qa' }, values: { ':qa': query.qa } } } : {}),
  });
  return { records: page.items.map((item) => withoutKeys<BatchRecord>(item)), lastKey: page.lastKey };
}

/** What the CSV export needs of a batch. */
export interface BatchColumns {
  id: string;
  clientId: string;
  name: string;
  fields: StoredBatch['fields'];
}

/**
 * The batch's columns (the copy kept beside its records) and every record in keying order, from one Query
 * of the batch's partition (+1 per further 1,000 records or 1 MB). No columns: no such batch under this client.
 */
export async function batchSheet(ctx: TenantContext, clientId: string, batchId: string): Promise<{ columns: BatchColumns; records: BatchRecord[] } | undefined> {
  let columns: BatchColumns | undefined;
  const records: BatchRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryItems(ctx, { ...keys.batchSheet(ctx, clientId, batchId), limit: 1000, ...(startKey ? { startKey } : {}) });
    for (const item of page.items) {
      if (item.type === 'batch_columns') columns = withoutKeys<BatchColumns>(item);
      else if (item.type === 'batch_record') records.push(withoutKeys<BatchRecord>(item));
    }
    startKey = page.lastKey;
  } while (startKey);
  return columns ? { columns, records } : undefined;
}

const recordItem = (ctx: TenantContext, record: BatchRecord) => ({
  ...keys.batchRecord(ctx, record.clientId, record.batchId, record.id),
  type: 'batch_record',
  ...record,
});

const batchMoved = () => new Conflict('The batch changed meanwhile (it may no longer be open); reload it and try again', 'version_conflict');

/**
 * A new record, its batch's record count, and a check that the batch is still at the version (and so
 * the status) it was read at: a record cannot slip into a batch that was submitted meanwhile.
 */
export async function insertRecord(ctx: TenantContext, batch: StoredBatch, record: BatchRecord): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: recordItem(ctx, record), condition: 'absent' },
      { add: keys.batchStats(ctx, batch.clientId, batch.id), values: { recordCount: 1 } },
      { check: keys.batch(ctx, batch.clientId, batch.id), condition: { version: batch.version }, onConflict: batchMoved },
    ],
    { action: 'batch_record.create', entity: 'batch_record', entityId: record.id, clientId: record.clientId, after: record },
  );
}

/** A record's edit or QA, with the counters QA moves (the batch's and the keyer's month), in one transaction. */
export async function replaceRecord(
  ctx: TenantContext,
  batch: StoredBatch,
  before: BatchRecord,
  after: BatchRecord,
  qa: { month: string; verified: boolean } | undefined,
  audit: AuditEvent,
): Promise<void> {
  const ops: WriteOp[] = [
    { put: recordItem(ctx, after), condition: { version: before.version } },
    { check: keys.batch(ctx, batch.clientId, batch.id), condition: { version: batch.version }, onConflict: batchMoved },
  ];
  if (qa) {
    const figures = { checkedCount: 1, verifiedCount: qa.verified ? 1 : 0, correctedCount: qa.verified ? 0 : 1 };
    ops.push({ add: keys.batchStats(ctx, batch.clientId, batch.id), values: figures });
    // Every keyer's counters for the month share one item (the report reads a month by one key), so the
    // keyer's figures are attributes of their own.
    ops.push({
      add: keys.qualityMonth(ctx, batch.clientId, qa.month),
      values: {
        [keys.qualityFigure('checkedCount', after.enteredBy)]: figures.checkedCount,
        [keys.qualityFigure('verifiedCount', after.enteredBy)]: figures.verifiedCount,
        [keys.qualityFigure('correctedCount', after.enteredBy)]: figures.correctedCount,
      },
    });
  }
  await writeItems(ctx, ops, audit);
}

/**
 * The client (its time zone) and its QA counters for the given months, in one BatchGetItem: a month's
 * counters for every keyer are one item, so the keys are known before anything is read.
 */
export async function findQuality(ctx: TenantContext, clientId: string, months: readonly string[]): Promise<{ client?: Client; counters: QualityCounters[] }> {
  const clientKey = keys.client(ctx, clientId);
  const items = await batchGetItems(ctx, [clientKey, ...months.map((month) => keys.qualityMonth(ctx, clientId, month))]);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    counters: items.filter((item) => item !== client).flatMap(qualityCountersOf),
  };
}

/** One line per keyer from a month's item, whose attributes are `checkedCount#<userId>` and the like. */
function qualityCountersOf(item: Record<string, unknown>): QualityCounters[] {
  const [, month = ''] = String(item.sk).split('#');
  const byKeyer = new Map<string, QualityCounters>();
  for (const [attribute, value] of Object.entries(item)) {
    const [figure, userId, extra] = attribute.split('#');
    if (!userId || extra !== undefined || (figure !== 'checkedCount' && figure !== 'verifiedCount' && figure !== 'correctedCount')) continue;
    const line = byKeyer.get(userId) ?? { month, userId, checkedCount: 0, verifiedCount: 0, correctedCount: 0 };
    line[figure] = Number(value ?? 0);
    byKeyer.set(userId, line);
  }
  return [...byKeyer.values()];
}
