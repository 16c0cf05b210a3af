import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import type { AuditEvent } from '../core/audit.ts';
import { Invalid } from '../core/errors.ts';
import { keys } from '../core/keys.ts';
import type { Assignments, Member, Tenant } from './schemas.ts';

const memberItem = (ctx: TenantContext, member: Member) => ({ ...keys.member(ctx, member.id), type: 'member', ...member });
const assignmentsItem = (ctx: TenantContext, assignments: Assignments) => ({
  ...keys.assignments(ctx, assignments.clientId),
  type: 'assignments',
  ...assignments,
});

export async function findTenant(ctx: TenantContext): Promise<Tenant | undefined> {
  const item = await getItem(ctx, keys.tenant(ctx));
  return item ? withoutKeys<Tenant>(item) : undefined;
}

export async function findMember(ctx: TenantContext, userId: string): Promise<Member | undefined> {
  const item = await getItem(ctx, keys.member(ctx, userId));
  return item ? withoutKeys<Member>(item) : undefined;
}

export async function findMembers(ctx: TenantContext, userIds: string[]): Promise<Member[]> {
  const items = await batchGetItems(
    ctx,
    userIds.map((id) => keys.member(ctx, id)),
  );
  return items.map((item) => withoutKeys<Member>(item));
}

export async function listMembers(ctx: TenantContext, limit: number, startKey?: Record<string, unknown>) {
  const { pk, skPrefix } = keys.members(ctx);
  const page = await queryItems(ctx, { pk, skPrefix, limit, ...(startKey ? { startKey } : {}) });
  return { members: page.items.map((item) => withoutKeys<Member>(item)), lastKey: page.lastKey };
}

/**
 * What replacing a client's agents reads, in one BatchGetItem: the client (a made-up one answers 404), its
 * current list, and the members named in the new list (to check they are active agents).
 */
export async function findAssignmentContext(
  ctx: TenantContext,
  clientId: string,
  agentIds: string[],
): Promise<{ clientFound: boolean; assignments?: Assignments; members: Member[] }> {
  const clientKey = keys.client(ctx, clientId);
  const listKey = keys.assignments(ctx, clientId);
  const items = await batchGetItems(ctx, [clientKey, listKey, ...agentIds.map((id) => keys.member(ctx, id))]);
  const list = items.find((item) => item.sk === listKey.sk);
  return {
    clientFound: items.some((item) => item.sk === clientKey.sk),
    ...(list ? { assignments: withoutKeys<Assignments>(list) } : {}),
    members: items.filter((item) => String(item.sk).startsWith('MEMBER#')).map((item) => withoutKeys<Member>(item)),
  };
}

/** A reviewer's client must exist when the member is written: a check in the member's transaction. */
export function clientExistsCheck(ctx: TenantContext, clientId: string): WriteOp {
  return {
    check: keys.client(ctx, clientId),
    condition: 'present',
    onConflict: () => new Invalid('No such client', [{ field: 'clientId', message: 'No such client in this firm' }]),
  };
}

/** The tenant and its first owner, together or not at all. */
export async function insertTenant(ctx: TenantContext, tenant: Tenant, owner: Member): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: { ...keys.tenant(ctx), type: 'tenant', ...tenant }, condition: 'absent' },
      { put: memberItem(ctx, owner), condition: 'absent' },
    ],
    { action: 'tenant.create', entity: 'tenant', entityId: tenant.id, after: tenant },
  );
}

export async function insertMember(ctx: TenantContext, member: Member, checks: WriteOp[] = []): Promise<void> {
  await writeItems(ctx, [{ put: memberItem(ctx, member), condition: 'absent' }, ...checks], {
    action: 'member.invite',
    entity: 'member',
    entityId: member.id,
    after: member,
  });
}

export async function findAssignments(ctx: TenantContext, clientId: string): Promise<Assignments | undefined> {
  const item = await getItem(ctx, keys.assignments(ctx, clientId));
  return item ? withoutKeys<Assignments>(item) : undefined;
}

export async function findAssignmentsOf(ctx: TenantContext, clientIds: string[]): Promise<Assignments[]> {
  const items = await batchGetItems(
    ctx,
    clientIds.map((id) => keys.assignments(ctx, id)),
  );
  return items.map((item) => withoutKeys<Assignments>(item));
}

/**
 * A change to members and the assignment lists that name them, in one transaction: the member
 * records carry each agent's client ids (read by authentication on every request) and the
 * per-client lists answer `GET assignments`, so the two must never disagree. Every item is
 * conditional on the version it was read at.
 */
export async function saveMembership(
  ctx: TenantContext,
  change: {
    members: Array<{ before?: Member; after: Member }>;
    assignments: Array<{ before?: Assignments; after: Assignments }>;
  },
  audit: AuditEvent,
  checks: WriteOp[] = [],
): Promise<void> {
  const ops: WriteOp[] = [
    ...checks,
    ...change.members.map(
      ({ before, after }): WriteOp => ({
        put: memberItem(ctx, after),
        condition: before ? { version: before.version } : 'absent',
      }),
    ),
    ...change.assignments.map(
      ({ before, after }): WriteOp => ({
        put: assignmentsItem(ctx, after),
        condition: before ? { version: before.version } : 'absent',
      }),
    ),
  ];
  await writeItems(ctx, ops, audit);
}
