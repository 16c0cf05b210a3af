import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, pageOf } from '../core/openapi.ts';
import { AuditQuerySchema, AuditRecordSchema, CommentListQuerySchema, CommentSchema, CreateCommentSchema } from './schemas.ts';
import * as activity from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });

export const activityRoutes = createModuleApp();
activityRoutes.use(authenticate, idempotent);

activityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/comments',
    tags: ['Activity'],
    summary: 'Comments on a work item (`on=type:id`), oldest first',
    request: { params: ClientParams, query: CommentListQuerySchema },
    responses: { 200: jsonContent(pageOf(CommentSchema, 'CommentPage'), 'A page of comments'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await activity.listComments(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

activityRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/comments',
    tags: ['Activity'],
    summary:
      "Comment on a work item of the client: an invoice, payroll run, batch, ticket or billing invoice (firm or the client's reviewer)",
    description: 'A work item the caller cannot see, or one not under this client, answers 404.',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateCommentSchema) },
    responses: { 201: jsonContent(CommentSchema, 'The new comment'), ...authedErrors(400, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await activity.addComment(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

activityRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/audit',
    tags: ['Activity'],
    summary: "The audit trail, newest first (owner: the tenant; a client's reviewer: their own client)",
    description:
      'Every change of every module: who, when, what, before and after. Filters: clientId, entity, from, to (inclusive). ' +
      'Managers and agents get 403. The trail is append-only: no route edits or deletes a record.',
    request: { query: AuditQuerySchema },
    responses: {
      200: jsonContent(pageOf(AuditRecordSchema, 'AuditPage'), 'A page of audit records'),
      ...authedErrors(400, 403, 404),
    },
  }),
  async (c) => c.json(await activity.listAudit(c.get('ctx'), c.req.valid('query')), 200),
);
