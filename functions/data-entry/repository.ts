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
  const [item, stats] = await batchGetItems(ctx, [keys.batch(ctx, clientId, batchId), keys.batchStats(ctx, clientId, batchId)]).then((items) => [
    items.find((i) => String(i.sk).startsWith('BATCH#')),
    items.find((i) => i.sk === 'STATS'),
  ]);
  if (!item) return undefined;
  return { batch: withoutKeys<StoredBatch>(item), counters: countersOf(stats) };
}

export async function listBatches(
  ctx: TenantContext,
  clientId: string,
  query: { status?: BatchStatus; limit: number; startKey?: Record<string, unknown> },
) {
  const page = await queryItems(ctx, {
    ...keys.batches(ctx, clientId),
    limit: query.limit,
    newestFirst: true,
    ...(query.startKey ? { startKey: query.startKey } : {}),
    ...(query.status ? { filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': query.status } } } : {}),
  });
  const batches = page.items.map((item) => withoutKeys<StoredBatch>(item));
  const stats = await batchGetItems(
    ctx,
    batches.map((batch) => keys.batchStats(ctx, clientId, batch.id)),
  );
  const byBatch = new Map(stats.map((item) => [String(item.pk), item]));
  return {
    batches: batches.map((batch) => ({ batch, counters: countersOf(byBatch.get(keys.batchStats(ctx, clientId, batch.id).pk)) })),
    lastKey: page.lastKey,
  };
}

const batchItem = (ctx: TenantContext, batch: StoredBatch) => ({ ...keys.batch(ctx, batch.clientId, batch.id), type: 'batch', ...batch });

const batchWorkItem = (ctx: TenantContext, batch: StoredBatch) =>
  workItemRecord(ctx, { type: 'batch', id: batch.id, clientId: batch.clientId, title: batch.name, status: batch.status });

export async function insertBatch(ctx: TenantContext, batch: StoredBatch): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: batchItem(ctx, batch), condition: 'absent' },
      { put: { ...keys.batchStats(ctx, batch.clientId, batch.id), type: 'batch_stats', ...noCounters }, condition: 'absent' },
      batchWorkItem(ctx, batch),
    ],
    { action: 'batch.create', entity: 'batch', entityId: batch.id, clientId: batch.clientId, after: batch },
  );
}

/** A batch change (edit or lifecycle move), conditional on the version read, with its directory record. */
export async function replaceBatch(ctx: TenantContext, before: StoredBatch, after: StoredBatch, action: string): Promise<void> {
  await writeItems(
    ctx,
    [{ put: batchItem(ctx, after), condition: { version: before.version } }, batchWorkItem(ctx, after)],
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

/** Every record of a batch, in keying order (the CSV export). */
export async function allRecords(ctx: TenantContext, clientId: string, batchId: string): Promise<BatchRecord[]> {
  const all: BatchRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await listRecords(ctx, clientId, batchId, { limit: 1000, ...(startKey ? { startKey } : {}) });
    all.push(...page.records);
    startKey = page.lastKey;
  } while (startKey);
  return all;
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
    ops.push({ add: keys.qualityMonth(ctx, batch.clientId, qa.month, after.enteredBy), values: figures });
  }
  await writeItems(ctx, ops, audit);
}

export async function qualityMonths(ctx: TenantContext, clientId: string, fromMonth: string, toMonth: string): Promise<QualityCounters[]> {
  const all: QualityCounters[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryItems(ctx, {
      ...keys.qualityMonths(ctx, clientId, fromMonth, toMonth),
      limit: 1000,
      ...(startKey ? { startKey } : {}),
    });
    all.push(...page.items.map(qualityCountersOf));
    startKey = page.lastKey;
  } while (startKey);
  return all;
}

/**
 * One keyer's QA counters for the given months and the client (its time zone), in one BatchGetItem: when
 * the keyer is known, every counter's key is, so no Query is needed.
 */
export async function findKeyerQuality(
  ctx: TenantContext,
  clientId: string,
  months: readonly string[],
  userId: string,
): Promise<{ client?: Client; counters: QualityCounters[] }> {
  const clientKey = keys.client(ctx, clientId);
  const counterKeys = months.map((month) => keys.qualityMonth(ctx, clientId, month, userId));
  const items = await batchGetItems(ctx, [clientKey, ...counterKeys]);
  const client = items.find((item) => item.pk === clientKey.pk && item.sk === clientKey.sk);
  return {
    ...(client ? { client: withoutKeys<Client>(client) } : {}),
    counters: items.filter((item) => item !== client).map(qualityCountersOf),
  };
}

function qualityCountersOf(item: Record<string, unknown>): QualityCounters {
  const [, month = '', userId = ''] = String(item.sk).split('#');
  return {
    month,
    userId,
    checkedCount: Number(item.checkedCount ?? 0),
    verifiedCount: Number(item.verifiedCount ?? 0),
    correctedCount: Number(item.correctedCount ?? 0),
  };
}
