import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, ListQuerySchema, pageOf } from '../core/openapi.ts';
import { ClientSchema, CreateClientSchema, UpdateClientSchema } from './schemas.ts';
import * as clients from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });

export const clientRoutes = createModuleApp();
clientRoutes.use(authenticate, idempotent);

clientRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients',
    tags: ['Clients'],
    summary: 'List the client businesses you can see',
    request: { query: ListQuerySchema },
    responses: { 200: jsonContent(pageOf(ClientSchema, 'ClientPage'), 'A page of clients'), ...authedErrors(400, 403) },
  }),
  async (c) => c.json(await clients.listClients(c.get('ctx'), c.req.valid('query')), 200),
);

clientRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients',
    tags: ['Clients'],
    summary: 'Add a client business (owner, manager)',
    request: { headers: IdempotencyHeaders, body: jsonBody(CreateClientSchema) },
    responses: {
      201: jsonContent(ClientSchema, 'The new client'),
      ...authedErrors(400, 403, 409, 413, 415, 422),
    },
  }),
  async (c) => c.json(await clients.createClient(c.get('ctx'), c.req.valid('json')), 201),
);

clientRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}',
    tags: ['Clients'],
    summary: 'Get a client business',
    request: { params: ClientParams },
    responses: { 200: jsonContent(ClientSchema, 'The client'), ...authedErrors(404) },
  }),
  async (c) => c.json(await clients.getClient(c.get('ctx'), c.req.valid('param').clientId), 200),
);

clientRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}',
    tags: ['Clients'],
    summary: "Change a client's settings (owner, manager); `version` must be current",
    request: { params: ClientParams, body: jsonBody(UpdateClientSchema) },
    responses: {
      200: jsonContent(ClientSchema, 'The client as it now is'),
      ...authedErrors(400, 403, 404, 409, 413, 415),
    },
  }),
  async (c) => c.json(await clients.updateClient(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 200),
);
