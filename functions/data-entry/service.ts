import { stringify } from 'csv-stringify/sync';
import type { Client } from '../clients/schemas.ts';
import { getClient, listUnderClient } from '../clients/service.ts';
import { monthInZone } from '../core/calendar.ts';
import type { Role, TenantContext } from '../core/context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, pageUnderParent, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, FIRM_ROLES, type PermissionTable } from '../core/policy.ts';
import { missingDocumentIds } from '../documents/service.ts';
import { type RecordValues, sameValues, validateRecordValues } from './fields.ts';
import * as repository from './repository.ts';
import type { BatchCounters } from './repository.ts';
import type {
  Batch,
  BatchRecord,
  BatchStatus,
  CreateBatchInput,
  CreateRecordInput,
  StoredBatch,
  UpdateBatchInput,
  UpdateRecordInput,
} from './schemas.ts';

export const dataEntryPermissions = {
  list: ALL_ROLES,
  read: ALL_ROLES,
  create: FIRM_ROLES,
  update: FIRM_ROLES,
  key: FIRM_ROLES,
  qa: FIRM_ROLES,
  export: ALL_ROLES,
  quality: ALL_ROLES,
} as const satisfies PermissionTable<string>;

export type BatchAction = 'submit' | 'approve' | 'reject';

/**
 * The batch lifecycle as a table (DESIGN.md, data entry): `submit` passes a batch on (an agent hands
 * keyed work to review; a manager or owner passes reviewed work to the client), the client's reviewer
 * accepts it, and a manager, an owner or the reviewer sends it back to open with a reason.
 */
export const BATCH_MOVES: ReadonlyArray<{ action: BatchAction; from: BatchStatus; roles: readonly Role[]; to: BatchStatus }> = [
  { action: 'submit', from: 'open', roles: FIRM_ROLES, to: 'in_review' },
  { action: 'submit', from: 'in_review', roles: ADMIN_ROLES, to: 'pending_approval' },
  { action: 'approve', from: 'pending_approval', roles: ['client'], to: 'accepted' },
  { action: 'reject', from: 'in_review', roles: ADMIN_ROLES, to: 'open' },
  { action: 'reject', from: 'pending_approval', roles: [...ADMIN_ROLES, 'client'], to: 'open' },
];

/** verified ÷ checked, to four places; null until something is checked. */
export function accuracyOf(checked: number, verified: number): number | null {
  return checked === 0 ? null : Math.round((verified / checked) * 10_000) / 10_000;
}

function present(batch: StoredBatch, counters: BatchCounters): Batch {
  return { ...batch, ...counters, accuracy: accuracyOf(counters.checkedCount, counters.verifiedCount) };
}

async function loadBatch(ctx: TenantContext, clientId: string, batchId: string) {
  authorize(ctx, dataEntryPermissions.read, clientId);
  const found = await repository.findBatch(ctx, clientId, batchId);
  if (!found) throw new NotFound('Batch');
  return found;
}

async function checkDocuments(ctx: TenantContext, clientId: string, documentIds: string[]): Promise<void> {
  const missing = new Set(await missingDocumentIds(ctx, clientId, documentIds));
  const issues = documentIds.flatMap((documentId, index) =>
    missing.has(documentId) ? [{ field: `documentIds.${index}`, message: `No document ${documentId} for this client` }] : [],
  );
  if (issues.length > 0) throw new Invalid('Unknown documents', issues);
}

export async function createBatch(ctx: TenantContext, clientId: string, input: CreateBatchInput): Promise<Batch> {
  authorize(ctx, dataEntryPermissions.create, clientId);
  await getClient(ctx, clientId);
  await checkDocuments(ctx, clientId, input.documentIds);
  const now = nowIso();
  const batch: StoredBatch = {
    id: newId(),
    clientId,
    name: input.name,
    fields: input.fields,
    documentIds: input.documentIds,
    status: 'open',
    createdBy: ctx.userId,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repository.insertBatch(ctx, batch);
  return present(batch, { recordCount: 0, checkedCount: 0, verifiedCount: 0, correctedCount: 0 });
}

export async function getBatch(ctx: TenantContext, clientId: string, batchId: string): Promise<Batch> {
  const { batch, counters } = await loadBatch(ctx, clientId, batchId);
  return present(batch, counters);
}

export async function listBatches(
  ctx: TenantContext,
  clientId: string,
  query: { status?: BatchStatus; limit: number; cursor?: string },
): Promise<Page<Batch>> {
  authorize(ctx, dataEntryPermissions.list, clientId);
  const binding = queryBinding(`clients/${clientId}/batches`, { status: query.status });
  return listUnderClient(ctx, clientId, async () => {
    const position = decodeCursor(ctx, binding, query.cursor);
    const page = await repository.listBatches(ctx, clientId, {
      ...(query.status ? { status: query.status } : {}),
      limit: query.limit,
      ...(position ? { startKey: position } : {}),
    });
    return { items: page.batches.map(({ batch, counters }) => present(batch, counters)), nextCursor: encodeCursor(ctx, binding, page.lastKey) };
  });
}

const staleBatch = () => new Conflict('This batch was changed by someone else; reload it and try again', 'version_conflict');

export async function updateBatch(ctx: TenantContext, clientId: string, batchId: string, input: UpdateBatchInput): Promise<Batch> {
  const { batch: before, counters } = await loadBatch(ctx, clientId, batchId);
  authorize(ctx, dataEntryPermissions.update, clientId);
  if (before.version !== input.version) throw staleBatch();
  if (before.status !== 'open') throw new Conflict(`Only an open batch can be changed; this one is ${before.status}`, 'invalid_transition');
  if (input.fields && counters.recordCount > 0) {
    throw new Conflict('The fields of a batch with records cannot change', 'batch_has_records');
  }
  if (input.documentIds) await checkDocuments(ctx, clientId, input.documentIds);
  const after: StoredBatch = {
    ...before,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.fields !== undefined ? { fields: input.fields } : {}),
    ...(input.documentIds !== undefined ? { documentIds: input.documentIds } : {}),
    updatedAt: nowIso(),
    version: before.version + 1,
  };
  await repository.replaceBatch(ctx, before, after, 'batch.update');
  return present(after, counters);
}

/** Moves a batch along BATCH_MOVES: 403 for a role with no such move, 409 from a state it does not start from. */
export async function moveBatch(
  ctx: TenantContext,
  clientId: string,
  batchId: string,
  action: BatchAction,
  input: { reason?: string } = {},
): Promise<Batch> {
  const { batch: before, counters } = await loadBatch(ctx, clientId, batchId);
  const moves = BATCH_MOVES.filter((move) => move.action === action);
  if (!moves.some((move) => move.roles.includes(ctx.role))) throw new Forbidden();
  const move = moves.find((candidate) => candidate.from === before.status);
  if (!move) throw new Conflict(`A batch that is ${before.status} cannot be ${action === 'submit' ? 'submitted' : `${action}ed`}`, 'invalid_transition');
  if (!move.roles.includes(ctx.role)) throw new Forbidden();
  if (action === 'submit' && before.status === 'open' && counters.recordCount === 0) {
    throw new Conflict('A batch needs at least one record before it is submitted', 'invalid_transition');
  }
  const { rejectionReason: _previous, ...rest } = before;
  const after: StoredBatch = {
    ...rest,
    status: move.to,
    ...(action === 'reject' ? { rejectionReason: input.reason ?? '' } : {}),
    updatedAt: nowIso(),
    version: before.version + 1,
  };
  await repository.replaceBatch(ctx, before, after, `batch.${action}`);
  return present(after, counters);
}

function checkValues(batch: StoredBatch, values: Record<string, unknown>): RecordValues {
  const result = validateRecordValues(batch.fields, values);
  if (!result.ok) throw new Invalid('Some values do not fit the batch’s fields', result.issues);
  return result.values;
}

async function checkRecordDocument(ctx: TenantContext, clientId: string, documentId: string | undefined): Promise<void> {
  if (documentId && (await missingDocumentIds(ctx, clientId, [documentId])).length > 0) {
    throw new Invalid('Unknown document', [{ field: 'documentId', message: `No document ${documentId} for this client` }]);
  }
}

export async function createRecord(ctx: TenantContext, clientId: string, batchId: string, input: CreateRecordInput): Promise<BatchRecord> {
  const { batch } = await loadBatch(ctx, clientId, batchId);
  authorize(ctx, dataEntryPermissions.key, clientId);
  if (batch.status !== 'open') throw new Conflict(`Records are keyed into an open batch; this one is ${batch.status}`, 'invalid_transition');
  const values = checkValues(batch, input.values);
  await checkRecordDocument(ctx, clientId, input.documentId);
  const now = nowIso();
  const record: BatchRecord = {
    id: newId(),
    batchId: batch.id,
    clientId,
    values,
    ...(input.documentId ? { documentId: input.documentId } : {}),
    enteredBy: ctx.userId,
    qa: 'unchecked',
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repository.insertRecord(ctx, batch, record);
  return record;
}

export async function listRecords(
  ctx: TenantContext,
  clientId: string,
  batchId: string,
  query: { qa?: string; limit: number; cursor?: string },
): Promise<Page<BatchRecord>> {
  authorize(ctx, dataEntryPermissions.read, clientId);
  const binding = queryBinding(`clients/${clientId}/batches/${batchId}/records`, { qa: query.qa });
  // Records live in their batch's partition, under the client the caller may see: a record found there
  // proves the batch, so the batch is read only for an empty page (or a refused one), where a made-up or
  // another client's batch answers 404 as before.
  return pageUnderParent(
    async () => {
      const position = decodeCursor(ctx, binding, query.cursor);
      const page = await repository.listRecords(ctx, clientId, batchId, {
        ...(query.qa ? { qa: query.qa } : {}),
        limit: query.limit,
        ...(position ? { startKey: position } : {}),
      });
      return { items: page.records, nextCursor: encodeCursor(ctx, binding, page.lastKey) };
    },
    () => loadBatch(ctx, clientId, batchId),
  );
}

/**
 * One PATCH, two jobs. With `qa`, a second person checks the record: `verified` as keyed, or
 * `corrected` with new values (the keyed ones kept as `originalValues`); never one's own record, and
 * once only. Without `qa`, whoever keyed it (or a manager or owner) fixes an unchecked record while
 * the batch is open.
 */
export async function updateRecord(
  ctx: TenantContext,
  clientId: string,
  batchId: string,
  recordId: string,
  input: UpdateRecordInput,
): Promise<BatchRecord> {
  authorize(ctx, dataEntryPermissions.read, clientId);
  const { batch, record: before, client } = await repository.findRecordInBatch(ctx, clientId, batchId, recordId);
  if (!batch) throw new NotFound('Batch');
  if (!before) throw new NotFound('Record');
  if (input.qa) return checkRecord(ctx, batch, before, client, input);

  authorize(ctx, dataEntryPermissions.key, clientId);
  if (before.enteredBy !== ctx.userId && !ADMIN_ROLES.includes(ctx.role)) throw new Forbidden('Only whoever keyed a record, a manager or an owner may change it');
  if (before.version !== input.version) throw new Conflict('This record was changed by someone else; reload it and try again', 'version_conflict');
  if (batch.status !== 'open') throw new Conflict(`Records change while the batch is open; this one is ${batch.status}`, 'invalid_transition');
  if (before.qa !== 'unchecked') throw new Conflict('A checked record no longer changes', 'invalid_transition');
  const values = input.values ? checkValues(batch, { ...before.values, ...input.values }) : before.values;
  const documentId = input.documentId === null ? undefined : (input.documentId ?? before.documentId);
  if (input.documentId) await checkRecordDocument(ctx, clientId, input.documentId);
  const { documentId: _previous, ...rest } = before;
  const after: BatchRecord = { ...rest, values, ...(documentId ? { documentId } : {}), updatedAt: nowIso(), version: before.version + 1 };
  await repository.replaceRecord(ctx, batch, before, after, undefined, {
    action: 'batch_record.update',
    entity: 'batch_record',
    entityId: after.id,
    clientId,
    before,
    after,
  });
  return after;
}

async function checkRecord(
  ctx: TenantContext,
  batch: StoredBatch,
  before: BatchRecord,
  client: Client | undefined,
  input: UpdateRecordInput,
): Promise<BatchRecord> {
  authorize(ctx, dataEntryPermissions.qa, batch.clientId);
  if (before.enteredBy === ctx.userId) throw new Forbidden('Nobody checks their own record');
  if (before.version !== input.version) throw new Conflict('This record was changed by someone else; reload it and try again', 'version_conflict');
  if (batch.status !== 'open' && batch.status !== 'in_review') {
    throw new Conflict(`Records are checked while the batch is open or in review; this one is ${batch.status}`, 'invalid_transition');
  }
  if (before.qa !== 'unchecked') throw new Conflict(`This record was already ${before.qa}`, 'invalid_transition');
  // The batch was found under the client's key, so the client exists (clients are never deleted).
  if (!client) throw new NotFound('Client');
  const now = nowIso();
  let after: BatchRecord = { ...before, qa: 'verified', checkedBy: ctx.userId, checkedAt: now, updatedAt: now, version: before.version + 1 };
  if (input.qa === 'corrected') {
    const values = checkValues(batch, { ...before.values, ...input.values });
    if (sameValues(values, before.values)) {
      throw new Invalid('A correction changes at least one value', [{ field: 'values', message: 'No value differs from what was keyed; use qa: verified' }]);
    }
    after = { ...after, qa: 'corrected', values, originalValues: before.values };
  }
  await repository.replaceRecord(
    ctx,
    batch,
    before,
    after,
    { month: monthInZone(now, client.timeZone), verified: after.qa === 'verified' },
    { action: `batch_record.${after.qa === 'verified' ? 'verify' : 'correct'}`, entity: 'batch_record', entityId: after.id, clientId: batch.clientId, before, after },
  );
  return after;
}

/** A spreadsheet cell that starts like a formula is prefixed, so opening the export runs nothing. */
function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The batch as CSV: one row per record with its final values (corrections applied) and its QA state.
 * The columns come from the copy kept beside the records, so the batch and its records are one Query;
 * finding no columns there means no such batch under this client (404, as for a missing one).
 */
export async function exportBatchCsv(ctx: TenantContext, clientId: string, batchId: string): Promise<{ fileName: string; csv: string }> {
  authorize(ctx, dataEntryPermissions.read, clientId);
  authorize(ctx, dataEntryPermissions.export, clientId);
  const sheet = await repository.batchSheet(ctx, clientId, batchId);
  if (!sheet) throw new NotFound('Batch');
  const { columns, records } = sheet;
  const fieldNames = columns.fields.map((field) => field.name);
  const rows = records.map((record) => [
    record.id,
    ...fieldNames.map((name) => safeCell(record.values[name])),
    record.qa,
    record.documentId ?? '',
  ]);
  const csv = stringify([['record_id', ...fieldNames, 'qa', 'document_id'], ...rows]);
  const slug = columns.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'batch';
  return { fileName: `${slug}-${columns.id}.csv`, csv };
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > to) break;
    months.push(current);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The client (its zone sets the default month and is reported) and the QA counters the report may need,
 * in one BatchGetItem: a month's counters, every keyer's, are one item, so their keys are known once the
 * months are. The months are known up to the client's zone, which puts today at most a month either side
 * of UTC's, so a defaulted bound is widened by a month and the window trimmed once the zone is known.
 */
async function qualityCounters(ctx: TenantContext, clientId: string, query: { from?: string; to?: string }) {
  const utcMonth = new Date().toISOString().slice(0, 7);
  const latest = query.to ?? shiftMonth(utcMonth, 1);
  const earliest = query.from ?? shiftMonth(query.to ?? shiftMonth(utcMonth, -1), -5);
  const months = earliest <= latest ? monthsBetween(earliest, latest) : [];
  // 36 months at most, and a month each way of widening; a longer period is refused by the caller.
  if (months.length > 0 && months.length <= 38) {
    const { client, counters } = await repository.findQuality(ctx, clientId, months);
    if (!client) throw new NotFound('Client');
    return { client, counters };
  }
  // A period refused below reads only the client, so that a made-up client still answers 404 first.
  return { client: await getClient(ctx, clientId), counters: [] };
}

/**
 * QA accuracy per agent (whoever keyed the records) and month of checking, in the client's time zone.
 * Agents see their own line; owners, managers and the client's reviewer every agent's.
 */
export async function quality(ctx: TenantContext, clientId: string, query: { from?: string; to?: string; userId?: string }) {
  authorize(ctx, dataEntryPermissions.quality, clientId);
  const userId = ctx.role === 'agent' ? ctx.userId : query.userId;
  const { client, counters: read } = await qualityCounters(ctx, clientId, query);
  const to = query.to ?? monthInZone(Date.now(), client.timeZone);
  const from = query.from ?? shiftMonth(to, -5);
  if (from > to) throw new Invalid('The period is empty', [{ field: 'from', message: 'Must not be after to' }]);
  if (monthsBetween(from, to).length > 36) throw new Invalid('The period is too long', [{ field: 'from', message: 'At most 36 months' }]);
  const counters = read.filter((c) => (!userId || c.userId === userId) && c.month >= from && c.month <= to);
  const figures = (list: Array<{ checkedCount: number; verifiedCount: number; correctedCount: number }>) => {
    const checkedCount = list.reduce((sum, c) => sum + c.checkedCount, 0);
    const verifiedCount = list.reduce((sum, c) => sum + c.verifiedCount, 0);
    return { checkedCount, verifiedCount, correctedCount: list.reduce((sum, c) => sum + c.correctedCount, 0), accuracy: accuracyOf(checkedCount, verifiedCount) };
  };
  const agentIds = [...new Set(counters.map((c) => c.userId))].sort();
  return {
    clientId,
    timeZone: client.timeZone,
    from,
    to,
    ...figures(counters),
    agents: agentIds.map((agentId) => {
      const mine = counters.filter((c) => c.userId === agentId);
      return {
        userId: agentId,
        ...figures(mine),
        months: monthsBetween(from, to).map((month) => ({ month, ...figures(mine.filter((c) => c.month === month)) })),
      };
    }),
  };
}
