import { clientPermissions, listUnderClient } from '../clients/service.ts';
import type { TenantContext } from '../core/context.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ALL_ROLES, authorize, type PermissionTable } from '../core/policy.ts';
import { findWorkItem, type WorkItemRef } from '../core/work-items.ts';
import * as repository from './repository.ts';
import type { AuditQuery, AuditRecordOut, Comment, CreateCommentInput } from './schemas.ts';

export const activityPermissions = {
  comment: ALL_ROLES,
  readComments: ALL_ROLES,
  /** Owners read the tenant's trail, a client's reviewer their own client's; managers and agents do not. */
  readAudit: ['owner', 'client'],
} as const satisfies PermissionTable<string>;

const refText = (ref: WorkItemRef) => `${ref.type}:${ref.id}`;

/** The work item must exist under this client: the directory every module writes (404 otherwise, as for a hidden one). */
async function visibleWorkItem(ctx: TenantContext, clientId: string, ref: WorkItemRef, roles: typeof ALL_ROLES) {
  authorize(ctx, roles, clientId);
  const item = await findWorkItem(ctx, clientId, ref);
  if (!item) throw new NotFound('Work item');
  return item;
}

export async function addComment(ctx: TenantContext, clientId: string, input: CreateCommentInput): Promise<Comment> {
  await visibleWorkItem(ctx, clientId, input.on, activityPermissions.comment);
  const now = nowIso();
  const comment: Comment = {
    id: newId(),
    clientId,
    on: refText(input.on),
    workItem: { type: input.on.type, id: input.on.id },
    body: input.body,
    author: { id: ctx.userId, email: ctx.email, // Authentication read the caller's member record: its name is on the context, no second read.
    name: ctx.name ?? (await repository.findMemberName(ctx, ctx.userId)) ?? ctx.email, role: ctx.role },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await repository.insertComment(ctx, comment, { action: 'comment.create', entity: 'comment', entityId: comment.id, clientId, after: comment });
  return comment;
}

/** A work item's comments, oldest first. */
export async function listComments(
  ctx: TenantContext,
  clientId: string,
  query: { on: WorkItemRef; limit: number; cursor?: string | undefined },
): Promise<Page<Comment>> {
  authorize(ctx, activityPermissions.readComments, clientId);
  const binding = queryBinding(`clients/${clientId}/comments`, { on: refText(query.on) });
  let startKey: ReturnType<typeof decodeCursor>;
  try {
    startKey = decodeCursor(ctx, binding, query.cursor);
  } catch (error) {
    // A work item the caller cannot see answers its 404 before any complaint about the cursor.
    await visibleWorkItem(ctx, clientId, query.on, activityPermissions.readComments);
    throw error;
  }
  const thread = await repository.readThread(ctx, clientId, query.on, query.limit, startKey);
  // A later page's range no longer holds the work item, and need not: its cursor is signed for this caller
  // and this work item (core/pagination.ts), only a first page that found the item hands one out, and work
  // items are never deleted.
  if (!startKey && !thread.workItem) throw new NotFound('Work item');
  return { items: thread.comments, nextCursor: encodeCursor(ctx, binding, thread.lastKey) };
}

function instant(value: string | undefined, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00.000Z`) + (endOfDay ? 86_400_000 - 1 : 0);
  return Date.parse(value);
}

/**
 * The audit trail, newest first. A client's reviewer always reads their own client's records (asking
 * for another client answers 404, as for anything they cannot see); owners read the whole tenant or
 * one client. `to` is inclusive; a date means that whole UTC day.
 */
export async function listAudit(ctx: TenantContext, query: AuditQuery): Promise<Page<AuditRecordOut>> {
  authorize(ctx, activityPermissions.readAudit);
  let clientId = query.clientId;
  if (ctx.role === 'client') {
    if (clientId !== undefined && clientId !== ctx.clientId) throw new NotFound('Client');
    clientId = ctx.clientId;
    if (!clientId) throw new NotFound('Client');
  } else if (clientId !== undefined) {
    // A client filter names a resource: another tenant's client answers 404 like a missing one. Its
    // records prove it; the client is read only for an empty page or a refused request (404 before 400).
    authorize(ctx, clientPermissions.read, clientId);
    return listUnderClient(ctx, clientId, () => pageOfAudit(ctx, clientId, query));
  }
  return pageOfAudit(ctx, clientId, query);
}

async function pageOfAudit(ctx: TenantContext, clientId: string | undefined, query: AuditQuery): Promise<Page<AuditRecordOut>> {
  const fromMs = instant(query.from, false);
  const toMs = instant(query.to, true);
  if (fromMs !== undefined && toMs !== undefined && toMs < fromMs) {
    throw new Invalid('`to` is before `from`', [{ field: 'to', message: 'Must be on or after from' }]);
  }
  const binding = queryBinding('audit', { clientId, entity: query.entity, from: query.from, to: query.to });
  const { records, lastKey } = await repository.listAudit(
    ctx,
    { clientId, entity: query.entity, fromMs, toMs },
    query.limit,
    decodeCursor(ctx, binding, query.cursor),
  );
  return {
    items: records.map((record) => ({
      id: record.id,
      at: record.at,
      actor: record.actor,
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      ...(record.clientId ? { clientId: record.clientId } : {}),
      ...(record.before !== undefined ? { before: record.before } : {}),
      ...(record.after !== undefined ? { after: record.after } : {}),
    })),
    nextCursor: encodeCursor(ctx, binding, lastKey),
  };
}
