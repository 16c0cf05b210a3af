import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, pageOf } from '../core/openapi.ts';
import {
  CreateDocumentSchema,
  CreatedDocumentSchema,
  DocumentListQuery,
  DocumentSchema,
  DocumentWithUrlSchema,
} from './schemas.ts';
import * as documents from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });
const DocumentParams = z.extend(ClientParams, {
  documentId: z.string().check(z.meta({ param: { name: 'documentId', in: 'path' } })),
});

export const documentRoutes = createModuleApp();
documentRoutes.use(authenticate, idempotent);

documentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/documents',
    tags: ['Documents'],
    summary: "A client's documents, newest first; `workItem=type:id` lists one work item's",
    request: { params: ClientParams, query: DocumentListQuery },
    responses: { 200: jsonContent(pageOf(DocumentSchema, 'DocumentPage'), 'A page of documents'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await documents.listDocuments(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

documentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/documents',
    tags: ['Documents'],
    summary:
      'Register a document and get a presigned upload URL (5 minutes); PDF, images, CSV, text, spreadsheets, Word; up to 25 MB',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateDocumentSchema) },
    responses: {
      201: jsonContent(CreatedDocumentSchema, 'The document and where to PUT its bytes'),
      ...authedErrors(400, 403, 404, 409, 413, 415, 422),
    },
  }),
  async (c) => c.json(await documents.createDocument(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

documentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/documents/{documentId}',
    tags: ['Documents'],
    summary: 'A document and a presigned download URL (5 minutes)',
    request: { params: DocumentParams },
    responses: { 200: jsonContent(DocumentWithUrlSchema, 'The document and where to GET its bytes'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, documentId } = c.req.valid('param');
    return c.json(await documents.getDocumentWithUrl(c.get('ctx'), clientId, documentId), 200);
  },
);
