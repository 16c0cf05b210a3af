import { getClient, listUnderClient } from '../clients/service.ts';
import type { TenantContext } from '../core/context.ts';
import { Invalid, NotFound, PayloadTooLarge } from '../core/errors.ts';
import { isUlid, newId, nowIso } from '../core/ids.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ALL_ROLES, authorize, type PermissionTable } from '../core/policy.ts';
import { documentDownloadUrl, documentUploadUrl, PRESIGNED_URL_SECONDS } from '../core/storage.ts';
import { findWorkItem, WORK_ITEM_TYPES, type WorkItemRef, type WorkItemType } from '../core/work-items.ts';
import * as repository from './repository.ts';
import { type CreateDocumentInput, type Document, MAX_DOCUMENT_BYTES } from './schemas.ts';

/** Everyone who can see a client may read its documents and upload new ones, reviewers included. */
export const documentPermissions = {
  list: ALL_ROLES,
  read: ALL_ROLES,
  upload: ALL_ROLES,
} as const satisfies PermissionTable<string>;

const expiresAt = () => new Date(Date.now() + PRESIGNED_URL_SECONDS * 1000).toISOString();

export async function createDocument(
  ctx: TenantContext,
  clientId: string,
  input: CreateDocumentInput,
): Promise<{ document: Document; uploadUrl: string; uploadExpiresAt: string }> {
  authorize(ctx, documentPermissions.upload, clientId);
  await getClient(ctx, clientId);
  if (input.sizeBytes > MAX_DOCUMENT_BYTES) {
    throw new PayloadTooLarge(`A document may be at most 25 MB (${MAX_DOCUMENT_BYTES} bytes)`);
  }
  if (input.workItem && !(await findWorkItem(ctx, clientId, input.workItem))) {
    throw new Invalid('No such work item for this client', [
      { field: 'workItem', message: `No ${input.workItem.type} ${input.workItem.id} for this client` },
    ]);
  }
  const now = nowIso();
  const document: Document = {
    id: newId(),
    clientId,
    fileName: input.fileName,
    contentType: input.contentType,
    sizeBytes: input.sizeBytes,
    ...(input.workItem ? { workItem: { type: input.workItem.type, id: input.workItem.id } } : {}),
    uploadedBy: { id: ctx.userId, email: ctx.email },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  // Signed first: a URL that cannot be signed leaves no document behind for a retry to duplicate.
  const uploadUrl = await documentUploadUrl(ctx, clientId, document.id, document);
  await repository.insertDocument(ctx, document);
  return { document, uploadUrl, uploadExpiresAt: expiresAt() };
}

export async function getDocument(ctx: TenantContext, clientId: string, documentId: string): Promise<Document> {
  authorize(ctx, documentPermissions.read, clientId);
  const document = await repository.findDocument(ctx, clientId, documentId);
  if (!document) throw new NotFound('Document');
  return document;
}

export async function getDocumentWithUrl(ctx: TenantContext, clientId: string, documentId: string) {
  const document = await getDocument(ctx, clientId, documentId);
  const downloadUrl = await documentDownloadUrl(ctx, clientId, document.id, document);
  return { document, downloadUrl, downloadExpiresAt: expiresAt() };
}

export function parseWorkItemRef(value: string | undefined): WorkItemRef | undefined {
  if (!value) return undefined;
  const [type, id] = value.split(':');
  if (!WORK_ITEM_TYPES.includes(type as WorkItemType) || !id) return undefined;
  return { type: type as WorkItemType, id };
}

export async function listDocuments(
  ctx: TenantContext,
  clientId: string,
  query: { workItem?: string; on?: string; limit: number; cursor?: string },
): Promise<Page<Document>> {
  authorize(ctx, documentPermissions.list, clientId);
  const filter = query.workItem ?? query.on;
  const workItem = parseWorkItemRef(filter);
  const binding = queryBinding(`clients/${clientId}/documents`, { workItem: filter });
  return listUnderClient(ctx, clientId, async () => {
    const position = decodeCursor(ctx, binding, query.cursor);
    const page = await repository.listDocuments(ctx, clientId, {
      ...(workItem ? { workItem } : {}),
      limit: query.limit,
      ...(position ? { startKey: position } : {}),
    });
    return { items: page.documents, nextCursor: encodeCursor(ctx, binding, page.lastKey) };
  });
}

/**
 * The documents behind other modules' work (a batch's sources, a record's page): which of these ids
 * name no document of this client. A malformed id is simply one that names nothing.
 */
export async function missingDocumentIds(ctx: TenantContext, clientId: string, documentIds: string[]): Promise<string[]> {
  const wellFormed = documentIds.filter(isUlid);
  const found = new Set((await repository.findDocuments(ctx, clientId, wellFormed)).map((document) => document.id));
  return documentIds.filter((documentId) => !found.has(documentId));
}
