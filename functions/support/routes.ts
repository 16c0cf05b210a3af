import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, ListQuerySchema, pageOf } from '../core/openapi.ts';
import {
  CreateMessageSchema,
  CreateQueueSchema,
  CreateTicketSchema,
  MessageSchema,
  QueueSchema,
  TicketListQuery,
  TicketSchema,
  UpdateTicketSchema,
} from './schemas.ts';
import * as support from './service.ts';

const param = (name: string) => z.string().check(z.meta({ param: { name, in: 'path' } }));
const ClientParams = z.object({ clientId: param('clientId') });
const QueueParams = z.extend(ClientParams, { queueId: param('queueId') });
const TicketParams = z.extend(ClientParams, { ticketId: param('ticketId') });

export const supportRoutes = createModuleApp();
supportRoutes.use(authenticate, idempotent);

supportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/queues',
    tags: ['Support'],
    summary: "A client's support queues",
    request: { params: ClientParams, query: ListQuerySchema },
    responses: { 200: jsonContent(pageOf(QueueSchema, 'QueuePage'), 'A page of queues'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await support.listQueues(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

supportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/queues',
    tags: ['Support'],
    summary: 'Open a queue (customer support, IT support or compliance) with SLA targets per priority (manager, owner)',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateQueueSchema) },
    responses: { 201: jsonContent(QueueSchema, 'The new queue'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await support.createQueue(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

supportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/queues/{queueId}',
    tags: ['Support'],
    summary: 'A queue and its SLA policy',
    request: { params: QueueParams },
    responses: { 200: jsonContent(QueueSchema, 'The queue'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, queueId } = c.req.valid('param');
    return c.json(await support.getQueue(c.get('ctx'), clientId, queueId), 200);
  },
);

supportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/tickets',
    tags: ['Support'],
    summary: "A client's tickets, newest first; filters status, priority, assigneeId, queueId, breached",
    request: { params: ClientParams, query: TicketListQuery },
    responses: { 200: jsonContent(pageOf(TicketSchema, 'TicketPage'), 'A page of tickets'), ...authedErrors(400, 404) },
  }),
  async (c) => c.json(await support.listTickets(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

supportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/tickets',
    tags: ['Support'],
    summary: 'Open a ticket in a queue; its SLA due times follow the queue’s targets for its priority',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateTicketSchema) },
    responses: {
      201: jsonContent(TicketSchema, 'The new ticket (status new)'),
      ...authedErrors(400, 403, 404, 409, 413, 415, 422),
    },
  }),
  async (c) => c.json(await support.createTicket(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

supportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/tickets/{ticketId}',
    tags: ['Support'],
    summary: 'A ticket with its SLA due times and breach flags',
    request: { params: TicketParams },
    responses: { 200: jsonContent(TicketSchema, 'The ticket'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, ticketId } = c.req.valid('param');
    return c.json(await support.getTicket(c.get('ctx'), clientId, ticketId), 200);
  },
);

supportRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/tickets/{ticketId}',
    tags: ['Support'],
    summary: 'Change status, priority or assignee (agent, manager, owner); `version` must be current',
    request: { params: TicketParams, body: jsonBody(UpdateTicketSchema) },
    responses: { 200: jsonContent(TicketSchema, 'The ticket as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => {
    const { clientId, ticketId } = c.req.valid('param');
    return c.json(await support.updateTicket(c.get('ctx'), clientId, ticketId, c.req.valid('json')), 200);
  },
);

supportRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/tickets/{ticketId}/messages',
    tags: ['Support'],
    summary: "A ticket's thread, oldest first; the client's reviewer sees public replies only",
    request: { params: TicketParams, query: ListQuerySchema },
    responses: { 200: jsonContent(pageOf(MessageSchema, 'TicketMessagePage'), 'A page of messages'), ...authedErrors(400, 404) },
  }),
  async (c) => {
    const { clientId, ticketId } = c.req.valid('param');
    return c.json(await support.listMessages(c.get('ctx'), clientId, ticketId, c.req.valid('query')), 200);
  },
);

supportRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/tickets/{ticketId}/messages',
    tags: ['Support'],
    summary: 'Reply (public) or add an internal note (firm only); the first public firm reply sets firstRespondedAt',
    request: { params: TicketParams, headers: IdempotencyHeaders, body: jsonBody(CreateMessageSchema) },
    responses: { 201: jsonContent(MessageSchema, 'The new message'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => {
    const { clientId, ticketId } = c.req.valid('param');
    return c.json(await support.addMessage(c.get('ctx'), clientId, ticketId, c.req.valid('json')), 201);
  },
);
