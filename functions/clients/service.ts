import type { TenantContext } from '../core/context.ts';
import { Conflict, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
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
