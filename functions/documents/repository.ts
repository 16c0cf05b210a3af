import type { TenantContext } from '../core/context.ts';
import { batchGetItems, getItem, queryItems, withoutKeys, writeItems } from '../core/db.ts';
import { keys } from '../core/keys.ts';
import type { WorkItemRef } from '../core/work-items.ts';
import type { Document } from './schemas.ts';

export async function findDocument(ctx: TenantContext, clientId: string, documentId: string): Promise<Document | undefined> {
  const item = await getItem(ctx, keys.document(ctx, clientId, documentId));
  return item ? withoutKeys<Document>(item) : undefined;
}

export async function findDocuments(ctx: TenantContext, clientId: string, documentIds: string[]): Promise<Document[]> {
  const items = await batchGetItems(
    ctx,
    documentIds.map((documentId) => keys.document(ctx, clientId, documentId)),
  );
  return items.map((item) => withoutKeys<Document>(item));
}

export async function insertDocument(ctx: TenantContext, document: Document): Promise<void> {
  await writeItems(
    ctx,
    [{ put: { ...keys.document(ctx, document.clientId, document.id), ...keys.documentIndexes(ctx, document), type: 'document', ...document }, condition: 'absent' }],
    { action: 'document.create', entity: 'document', entityId: document.id, clientId: document.clientId, after: document },
  );
}

/** A client's documents, newest first, or one work item's through the work-item index. */
export async function listDocuments(
  ctx: TenantContext,
  clientId: string,
  query: { workItem?: WorkItemRef; limit: number; startKey?: Record<string, unknown> },
) {
  const where = query.workItem ? keys.workItemDocuments(ctx, clientId, query.workItem) : keys.documents(ctx, clientId);
  const page = await queryItems(ctx, {
    ...where,
    limit: query.limit,
    newestFirst: true,
    ...(query.startKey ? { startKey: query.startKey } : {}),
  });
  return { documents: page.items.map((item) => withoutKeys<Document>(item)), lastKey: page.lastKey };
}
