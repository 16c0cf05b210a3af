import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, pageOf } from '../core/openapi.ts';
import {
  BatchListQuery,
  BatchRecordSchema,
  BatchSchema,
  CreateBatchSchema,
  CreateRecordSchema,
  QualityQuery,
  QualitySchema,
  RecordListQuery,
  RejectBatchSchema,
  UpdateBatchSchema,
  UpdateRecordSchema,
} from './schemas.ts';
import * as dataEntry from './service.ts';

const param = (name: string) => z.string().check(z.meta({ param: { name, in: 'path' } }));
const ClientParams = z.object({ clientId: param('clientId') });
const BatchParams = z.extend(ClientParams, { batchId: param('batchId') });
const RecordParams = z.extend(BatchParams, { recordId: param('recordId') });

export const dataEntryRoutes = createModuleApp();
dataEntryRoutes.use(authenticate, idempotent);

dataEntryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/batches',
    tags: ['Data entry'],
    summary: "A client's data-entry batches, newest first",
    request: { params: ClientParams, query: BatchListQuery },
    responses: { 200: jsonContent(pageOf(BatchSchema, 'BatchPage'), 'A page of batches'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await dataEntry.listBatches(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/batches',
    tags: ['Data entry'],
    summary: 'Open a batch with its field schema and source documents (agent, manager, owner)',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateBatchSchema) },
    responses: { 201: jsonContent(BatchSchema, 'The new batch'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await dataEntry.createBatch(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/batches/{batchId}',
    tags: ['Data entry'],
    summary: 'A batch with its record count, checked count and accuracy',
    request: { params: BatchParams },
    responses: { 200: jsonContent(BatchSchema, 'The batch'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.getBatch(c.get('ctx'), clientId, batchId), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/batches/{batchId}',
    tags: ['Data entry'],
    summary: 'Rename an open batch, change its documents, or its fields while it has no records',
    request: { params: BatchParams, body: jsonBody(UpdateBatchSchema) },
    responses: { 200: jsonContent(BatchSchema, 'The batch as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.updateBatch(c.get('ctx'), clientId, batchId, c.req.valid('json')), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/batches/{batchId}/records',
    tags: ['Data entry'],
    summary: "A batch's records in keying order; `qa` filters by QA state",
    request: { params: BatchParams, query: RecordListQuery },
    responses: { 200: jsonContent(pageOf(BatchRecordSchema, 'BatchRecordPage'), 'A page of records'), ...authedErrors(400, 404) },
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.listRecords(c.get('ctx'), clientId, batchId, c.req.valid('query')), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/batches/{batchId}/records',
    tags: ['Data entry'],
    summary: 'Key a record into an open batch; 400 names every value that does not fit the fields',
    request: { params: BatchParams, headers: IdempotencyHeaders, body: jsonBody(CreateRecordSchema) },
    responses: { 201: jsonContent(BatchRecordSchema, 'The new record'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.createRecord(c.get('ctx'), clientId, batchId, c.req.valid('json')), 201);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/batches/{batchId}/records/{recordId}',
    tags: ['Data entry'],
    summary: 'QA a record (`qa`: verified, or corrected with values; never your own), or fix an unchecked one',
    request: { params: RecordParams, body: jsonBody(UpdateRecordSchema) },
    responses: { 200: jsonContent(BatchRecordSchema, 'The record as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => {
    const { clientId, batchId, recordId } = c.req.valid('param');
    return c.json(await dataEntry.updateRecord(c.get('ctx'), clientId, batchId, recordId, c.req.valid('json')), 200);
  },
);

const moveResponses = {
  200: jsonContent(BatchSchema, 'The batch as it now is'),
  ...authedErrors(400, 403, 404, 409, 413, 415, 422),
};

dataEntryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/batches/{batchId}/submit',
    tags: ['Data entry'],
    summary: 'Pass a batch on: open → in_review (agent, manager, owner); in_review → pending_approval (manager, owner)',
    request: { params: BatchParams, headers: IdempotencyHeaders },
    responses: moveResponses,
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.moveBatch(c.get('ctx'), clientId, batchId, 'submit'), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/batches/{batchId}/approve',
    tags: ['Data entry'],
    summary: "Accept a batch (the client's reviewer): pending_approval → accepted",
    request: { params: BatchParams, headers: IdempotencyHeaders },
    responses: moveResponses,
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.moveBatch(c.get('ctx'), clientId, batchId, 'approve'), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/batches/{batchId}/reject',
    tags: ['Data entry'],
    summary: "Send a batch back to open with a reason (manager, owner; the client's reviewer when it awaits approval)",
    request: { params: BatchParams, headers: IdempotencyHeaders, body: jsonBody(RejectBatchSchema) },
    responses: moveResponses,
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    return c.json(await dataEntry.moveBatch(c.get('ctx'), clientId, batchId, 'reject', c.req.valid('json')), 200);
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/batches/{batchId}/export.csv',
    tags: ['Data entry'],
    summary: 'The batch as CSV: a row per record with its final (corrected) values',
    request: { params: BatchParams },
    responses: {
      200: { description: 'CSV, one header row', content: { 'text/csv': { schema: z.string() } } },
      ...authedErrors(404),
    },
  }),
  async (c) => {
    const { clientId, batchId } = c.req.valid('param');
    const { fileName, csv } = await dataEntry.exportBatchCsv(c.get('ctx'), clientId, batchId);
    return c.text(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    });
  },
);

dataEntryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/quality',
    tags: ['Data entry'],
    summary: 'QA accuracy per agent and month (verified ÷ checked); agents see their own',
    request: { params: ClientParams, query: QualityQuery },
    responses: { 200: jsonContent(QualitySchema, 'Accuracy over time'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await dataEntry.quality(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);
