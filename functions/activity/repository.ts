import type { AuditEvent, AuditRecord } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import { getItem, type Item, queryItems, withoutKeys, writeItems } from '../core/db.ts';
import { keys } from '../core/keys.ts';
import { toSummary, WORK_ITEM_RECORD, type WorkItemRef } from '../core/work-items.ts';
import type { Comment } from './schemas.ts';

export async function findMemberName(ctx: TenantContext, userId: string): Promise<string | undefined> {
  const item = await getItem<{ name?: string }>(ctx, keys.member(ctx, userId));
  return item?.name;
}

export async function insertComment(ctx: TenantContext, comment: Comment, audit: AuditEvent): Promise<void> {
  await writeItems(
    ctx,
    [
      {
        put: { ...keys.comment(ctx, comment.clientId, comment.workItem.type, comment.workItem.id, comment.id), type: 'comment', ...comment },
        condition: 'absent',
      },
    ],
    audit,
  );
}

/**
 * A page of a work item's comments and, on the first page, its directory record, in one Query: the
 * comments sort under the record. Past the first page the record is out of the Query's range.
 */
export async function readThread(ctx: TenantContext, clientId: string, ref: WorkItemRef, limit: number, startKey?: Item) {
  const page = await queryItems(ctx, {
    ...keys.workItemThread(ctx, clientId, ref.type, ref.id),
    // The record takes a place on the first page.
    limit: startKey ? limit : limit + 1,
    ...(startKey ? { startKey } : {}),
  });
  const record = page.items.find((item) => item.type === WORK_ITEM_RECORD);
  return {
    workItem: record ? toSummary(record) : undefined,
    comments: page.items.filter((item) => item !== record).map((item) => withoutKeys<Comment>(item)),
    lastKey: page.lastKey,
  };
}

/** How many reads one filtered audit page may take before it returns what it has, with a cursor. */
const MAX_READS_PER_PAGE = 10;

/**
 * The trail, newest first: the tenant's partition, or a client's records on gsi1. `from`/`to` are
 * sort-key bounds (audit ids are ULIDs, time first); `entity` is a FilterExpression. The cursor is
 * the last record returned, so a page cut short of what a read found resumes exactly there.
 */
export async function listAudit(
  ctx: TenantContext,
  query: { clientId?: string | undefined; entity?: string | undefined; fromMs?: number | undefined; toMs?: number | undefined },
  limit: number,
  startKey?: Item,
): Promise<{ records: AuditRecord[]; lastKey?: Item }> {
  const base = query.clientId ? keys.clientAuditLog(ctx, query.clientId) : keys.auditLog(ctx);
  const filter = query.entity ? { expression: '#entity = :entity', names: { '#entity': 'entity' }, values: { ':entity': query.entity } } : undefined;
  const found: Item[] = [];
  let position = startKey;
  for (let read = 0; read < MAX_READS_PER_PAGE && found.length < limit; read++) {
    const page = await queryItems(ctx, {
      ...base,
      skBetween: keys.auditTimeRange(query.fromMs, query.toMs),
      newestFirst: true,
      limit: filter ? Math.max(limit, 100) : limit - found.length,
      ...(position ? { startKey: position } : {}),
      ...(filter ? { filter } : {}),
    });
    found.push(...page.items);
    position = page.lastKey;
    if (!position) break;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  const lastKey =
    found.length > limit && last ? { pk: last.pk, sk: last.sk, ...(query.clientId ? { gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk } : {}) } : position;
  return { records: items.map((item) => withoutKeys<AuditRecord>(item)), ...(lastKey ? { lastKey } : {}) };
}
