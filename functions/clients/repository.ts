import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, queryItems, withoutKeys, writeItems } from '../core/db.ts';
import { keys } from '../core/keys.ts';
import type { Client } from './schemas.ts';

/** A client is also in its own time-entry index, so the usage report reads it with the entries. */
const clientItem = (ctx: TenantContext, client: Client) => ({
  ...keys.client(ctx, client.id),
  ...keys.clientInTimeIndex(ctx, client.id),
  type: 'client',
  ...client,
});

export async function findClient(ctx: TenantContext, clientId: string): Promise<Client | undefined> {
  const item = await getItem(ctx, keys.client(ctx, clientId));
  return item ? withoutKeys<Client>(item) : undefined;
}

export async function findClients(ctx: TenantContext, clientIds: string[]): Promise<Client[]> {
  const items = await batchGetItems(
    ctx,
    clientIds.map((id) => keys.client(ctx, id)),
  );
  return items.map((item) => withoutKeys<Client>(item));
}

export async function listClients(ctx: TenantContext, limit: number, startKey?: Record<string, unknown>) {
  const { pk, skPrefix } = keys.clients(ctx);
  const page = await queryItems(ctx, { pk, skPrefix, limit, ...(startKey ? { startKey } : {}) });
  return { clients: page.items.map((item) => withoutKeys<Client>(item)), lastKey: page.lastKey };
}

export async function insertClient(ctx: TenantContext, client: Client): Promise<void> {
  await writeItems(ctx, [{ put: clientItem(ctx, client), condition: 'absent' }], {
    action: 'client.create',
    entity: 'client',
    entityId: client.id,
    clientId: client.id,
    after: client,
  });
}

export async function replaceClient(ctx: TenantContext, before: Client, after: Client): Promise<void> {
  await writeItems(
    ctx,
    [{ put: clientItem(ctx, after), condition: { version: before.version } }],
    { action: 'client.update', entity: 'client', entityId: after.id, clientId: after.id, before, after },
  );
}
