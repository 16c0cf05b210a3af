import type { TenantContext } from '../core/context.ts';
import { Conflict, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, pageUnderParent, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, type PermissionTable } from '../core/policy.ts';
import * as repository from './repository.ts';
import type { Client, CreateClientInput, UpdateClientInput } from './schemas.ts';

export const clientPermissions = {
  list: ALL_ROLES,
  read: ALL_ROLES,
  create: ['owner', 'manager'],
  update: ADMIN_ROLES,
} as const satisfies PermissionTable<string>;

export async function createClient(ctx: TenantContext, input: CreateClientInput): Promise<Client> {
  authorize(ctx, clientPermissions.create);
  const now = nowIso();
  const client: Client = { id: newId(), ...input, createdAt: now, updatedAt: now, version: 1 };
  await repository.insertClient(ctx, client);
  return client;
}

/**
 * What a read under a client needs of the client when it does not need its fields: that it exists, so a
 * made-up id answers 404 ("Client") exactly as before, without a read where one can be spared. An agent's
 * assignment and a reviewer's binding were checked against the client when they were made (and clients
 * are never deleted), so for them the policy's visibility check already proves it; an owner or manager
 * has the client read. Call it after `authorize`, and only when what was read under the client came
 * back empty: any item found under the client's keys proves the client too.
 */
export async function confirmClient(ctx: TenantContext, clientId: string): Promise<void> {
  if (ctx.role === 'agent' || ctx.role === 'client') return;
  await getClient(ctx, clientId);
}

/**
 * A page of something kept under a client, with the client read only when the page is empty (or the
 * request is refused, a bad cursor say, where a missing client must still answer 404 first).
 */
export async function listUnderClient<P extends { items: readonly unknown[] }>(ctx: TenantContext, clientId: string, list: () => Promise<P>): Promise<P> {
  return pageUnderParent(list, () => confirmClient(ctx, clientId));
}

/** One item (or list) kept under a client, with the client read only when it is not found. */
export async function readUnderClient<T>(ctx: TenantContext, clientId: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
  const page = await listUnderClient(ctx, clientId, async () => {
    const found = await read();
    return { items: found === undefined ? [] : [found] };
  });
  return page.items[0];
}

/** Any client the caller may see, or 404: another tenant's and an unassigned client look absent. */
export async function getClient(ctx: TenantContext, clientId: string): Promise<Client> {
  authorize(ctx, clientPermissions.read, clientId);
  const client = await repository.findClient(ctx, clientId);
  if (!client) throw new NotFound('Client');
  return client;
}

/**
 * Owners and managers page through the tenant's clients; an agent gets the clients assigned to them
 * (read in one BatchGetItem from the ids on their member record) and a reviewer their own client.
 */
export async function listClients(ctx: TenantContext, query: { limit: number; cursor?: string }): Promise<Page<Client>> {
  authorize(ctx, clientPermissions.list);
  const binding = queryBinding('clients', {});
  const position = decodeCursor(ctx, binding, query.cursor);
  if (ctx.role === 'owner' || ctx.role === 'manager') {
    const { clients, lastKey } = await repository.listClients(ctx, query.limit, position);
    return { items: clients, nextCursor: encodeCursor(ctx, binding, lastKey) };
  }
  const visibleIds = ctx.role === 'client' && ctx.clientId ? [ctx.clientId] : [...ctx.assignedClientIds].sort();
  const after = typeof position?.after === 'string' ? position.after : '';
  const pageIds = visibleIds.filter((id) => id > after).slice(0, query.limit);
  const clients = await repository.findClients(ctx, pageIds);
  const last = pageIds.at(-1);
  const more = last !== undefined && visibleIds.some((id) => id > last);
  return { items: clients, nextCursor: more ? encodeCursor(ctx, binding, { after: last }) : null };
}

export async function updateClient(ctx: TenantContext, clientId: string, input: UpdateClientInput): Promise<Client> {
  authorize(ctx, clientPermissions.update, clientId);
  const before = await getClient(ctx, clientId);
  const { version, ...changes } = input;
  if (before.version !== version) {
    throw new Conflict('This client was changed by someone else; reload it and try again', 'version_conflict');
  }
  const after: Client = { ...before, ...changes, updatedAt: nowIso(), version: before.version + 1 };
  await repository.replaceClient(ctx, before, after);
  return after;
}
