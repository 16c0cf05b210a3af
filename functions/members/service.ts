import type { TenantContext } from '../core/context.ts';
import { Conflict, Invalid, NotFound } from '../core/errors.ts';
import { isUlid, newId, nowIso } from '../core/ids.ts';
import { identityProvider } from '../core/identity/index.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, type PermissionTable } from '../core/policy.ts';
import { readUnderClient } from '../clients/service.ts';
import type { WriteOp } from '../core/db.ts';
import * as repository from './repository.ts';
import type { Assignments, InviteMemberInput, Member, Tenant, UpdateMemberInput } from './schemas.ts';

export const memberPermissions = {
  readSelf: ALL_ROLES,
  list: ADMIN_ROLES,
  read: ADMIN_ROLES,
  invite: ['owner'],
  update: ['owner'],
  readAssignments: ADMIN_ROLES,
  writeAssignments: ADMIN_ROLES,
} as const satisfies PermissionTable<string>;

const versionConflict = () => new Conflict('This was changed by someone else; reload it and try again', 'version_conflict');

export async function me(ctx: TenantContext) {
  authorize(ctx, memberPermissions.readSelf);
  // Authentication has just read the caller's member record (and checked its role and client against
  // the token), so only the tenant is read here; email, role and client are the token's, matching it.
  const [name, tenant] = await Promise.all([
    ctx.name ?? repository.findMember(ctx, ctx.userId).then((member) => member?.name),
    repository.findTenant(ctx),
  ]);
  if (name === undefined || !tenant) throw new NotFound('Member');
  return {
    user: {
      id: ctx.userId,
      email: ctx.email,
      name,
      role: ctx.role,
      tenantId: ctx.tenantId,
      ...(ctx.clientId ? { clientId: ctx.clientId } : {}),
    },
    tenant: { id: tenant.id, name: tenant.name },
  };
}

export async function listMembers(ctx: TenantContext, query: { limit: number; cursor?: string }): Promise<Page<Member>> {
  authorize(ctx, memberPermissions.list);
  const binding = queryBinding('members', {});
  const { members, lastKey } = await repository.listMembers(ctx, query.limit, decodeCursor(ctx, binding, query.cursor));
  return { items: members, nextCursor: encodeCursor(ctx, binding, lastKey) };
}

export async function getMember(ctx: TenantContext, userId: string): Promise<Member> {
  if (userId !== ctx.userId) authorize(ctx, memberPermissions.read);
  const member = await repository.findMember(ctx, userId);
  if (!member) throw new NotFound('Member');
  return member;
}

/**
 * A client reviewer belongs to exactly one client of the tenant; no other role belongs to one. That the
 * client exists is not read first: it is a ConditionCheck in the member's transaction (the writes it
 * returns), which fails with the same 400 naming `clientId`.
 */
function checkClientBinding(ctx: TenantContext, role: Member['role'], clientId: string | undefined): WriteOp[] {
  if (role !== 'client') {
    if (clientId !== undefined) throw new Invalid('Only a client reviewer belongs to a client', [{ field: 'clientId', message: 'Only for the client role' }]);
    return [];
  }
  if (clientId === undefined) throw new Invalid('A client reviewer needs a client', [{ field: 'clientId', message: 'Required for the client role' }]);
  return [repository.clientExistsCheck(ctx, clientId)];
}

/**
 * Creates the sign-in first (it is what enforces one account per email, in Cognito as locally), then
 * the member record; if that write fails the sign-in is removed again so the email is not stranded.
 */
async function createMemberWithLogin(ctx: TenantContext, member: Member, password: string | undefined, write: () => Promise<void>) {
  const identity = await identityProvider();
  const created = await identity.createUser(
    {
      email: member.email,
      userId: member.id,
      tenantId: ctx.tenantId,
      role: member.role,
      ...(member.clientId ? { clientId: member.clientId } : {}),
    },
    password,
  );
  try {
    await write();
  } catch (error) {
    await identity.deleteUser(member.email);
    throw error;
  }
  return created;
}

function newMember(input: { email: string; name: string; role: Member['role']; clientId?: string }): Member {
  const now = nowIso();
  return {
    id: newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    ...(input.clientId ? { clientId: input.clientId } : {}),
    active: true,
    assignedClientIds: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** Signup: a new tenant and its owner. `ctx` is the new tenant's system context. */
export async function createTenantWithOwner(
  ctx: TenantContext,
  input: { firmName: string; name: string; email: string; password: string },
): Promise<{ tenant: Tenant; owner: Member }> {
  const now = nowIso();
  const tenant: Tenant = { id: ctx.tenantId, name: input.firmName, createdAt: now, updatedAt: now, version: 1 };
  const owner = { ...newMember({ email: input.email, name: input.name, role: 'owner' }), id: ctx.userId };
  await createMemberWithLogin(ctx, owner, input.password, () => repository.insertTenant(ctx, tenant, owner));
  return { tenant, owner };
}

export async function inviteMember(ctx: TenantContext, input: InviteMemberInput): Promise<Member & { temporaryPassword?: string }> {
  authorize(ctx, memberPermissions.invite);
  const checks = checkClientBinding(ctx, input.role, input.clientId);
  const member = newMember(input);
  const { temporaryPassword } = await createMemberWithLogin(ctx, member, input.password, () => repository.insertMember(ctx, member, checks));
  return { ...member, ...(temporaryPassword ? { temporaryPassword } : {}) };
}

/**
 * Owners rename members, change roles, move reviewers between clients and deactivate. An agent who
 * stops being an active agent leaves every assignment list in the same transaction. An owner cannot
 * demote or deactivate themselves, so a firm never loses its last owner by accident.
 */
export async function updateMember(ctx: TenantContext, userId: string, input: UpdateMemberInput): Promise<Member> {
  authorize(ctx, memberPermissions.update);
  const before = await getMember(ctx, userId);
  if (before.version !== input.version) throw versionConflict();
  const role = input.role ?? before.role;
  const active = input.active ?? before.active;
  if (userId === ctx.userId && (role !== before.role || !active)) {
    throw new Conflict('You cannot change your own role or deactivate yourself', 'cannot_change_self');
  }
  const clientId = role === 'client' ? (input.clientId ?? before.clientId) : input.clientId;
  const checks = checkClientBinding(ctx, role, clientId);
  const leavesAssignments = before.role === 'agent' && (role !== 'agent' || !active);
  const after: Member = {
    ...before,
    name: input.name ?? before.name,
    role,
    active,
    assignedClientIds: leavesAssignments ? [] : before.assignedClientIds,
    updatedAt: nowIso(),
    version: before.version + 1,
  };
  if (clientId) after.clientId = clientId;
  else delete after.clientId;

  const lists = leavesAssignments ? await repository.findAssignmentsOf(ctx, before.assignedClientIds) : [];
  await repository.saveMembership(
    ctx,
    {
      members: [{ before, after }],
      assignments: lists.map((list) => ({
        before: list,
        after: { ...list, agentIds: list.agentIds.filter((id) => id !== userId), updatedAt: after.updatedAt, version: list.version + 1 },
      })),
    },
    { action: 'member.update', entity: 'member', entityId: userId, before, after },
    checks,
  );
  // The identity provider holds only what a token claims (role, client) and whether the user may sign
  // in; a rename changes none of them, so it is not called.
  if (after.role !== before.role || after.active !== before.active || after.clientId !== before.clientId) {
    await (await identityProvider()).updateUser(after.email, {
      role: after.role,
      enabled: after.active,
      ...(after.clientId ? { clientId: after.clientId } : {}),
    });
  }
  return after;
}

export async function getAssignments(ctx: TenantContext, clientId: string): Promise<Assignments> {
  authorize(ctx, memberPermissions.readAssignments, clientId);
  const assignments = await readUnderClient(ctx, clientId, () => repository.findAssignments(ctx, clientId));
  return assignments ?? { clientId, agentIds: [], updatedAt: null, version: 0 };
}

/**
 * Replaces a client's agents. Every id must name an active agent of this tenant (400 otherwise, naming
 * the entry). Only the agents that join or leave are rewritten, with the list, in one transaction.
 */
export async function setAssignments(ctx: TenantContext, clientId: string, agentIds: string[]): Promise<Assignments> {
  authorize(ctx, memberPermissions.writeAssignments, clientId);
  const issues = agentIds.flatMap((id, index) => (isUlid(id) ? [] : [{ field: `agentIds.${index}`, message: 'No such agent' }]));
  const wanted = new Set(agentIds);
  const found = await repository.findAssignmentContext(ctx, clientId, [...wanted].filter(isUlid));
  if (!found.clientFound) throw new NotFound('Client');
  if (issues.length > 0) throw new Invalid('Only active agents can be assigned', issues);
  const before = found.assignments;
  const previous = new Set(before?.agentIds ?? []);
  const joining = new Map(found.members.filter((member) => !previous.has(member.id)).map((member) => [member.id, member]));
  agentIds.forEach((id, index) => {
    const member = joining.get(id);
    if (!previous.has(id) && (member?.role !== 'agent' || !member.active)) {
      issues.push({ field: `agentIds.${index}`, message: 'Not an active agent of this firm' });
    }
  });
  if (issues.length > 0) throw new Invalid('Only active agents can be assigned', issues);
  // The agents who leave are known only from the list just read: one more read, only when someone leaves.
  const leavingIds = [...previous].filter((id) => !wanted.has(id));
  const leaving = leavingIds.length > 0 ? await repository.findMembers(ctx, leavingIds) : [];
  const changed = [...joining.values(), ...leaving];

  const now = nowIso();
  const after: Assignments = { clientId, agentIds: [...agentIds], updatedAt: now, version: (before?.version ?? 0) + 1 };
  const members = changed.map((member) => {
    const assigned = new Set(member.assignedClientIds);
    if (wanted.has(member.id)) assigned.add(clientId);
    else assigned.delete(clientId);
    return { before: member, after: { ...member, assignedClientIds: [...assigned].sort(), updatedAt: now, version: member.version + 1 } };
  });
  await repository.saveMembership(
    ctx,
    { members, assignments: [{ ...(before ? { before } : {}), after }] },
    { action: 'assignments.replace', entity: 'assignments', entityId: clientId, clientId, before: before ?? null, after },
  );
  return after;
}
