import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, ListQuerySchema, pageOf } from '../core/openapi.ts';
import {
  CreateInvoiceSchema,
  CustomerListQuerySchema,
  CustomerSchema,
  InvoiceListQuerySchema,
  InvoiceSchema,
  RecordPaymentSchema,
  RejectSchema,
  UpdateInvoiceSchema,
  VersionOnlySchema,
} from './schemas.ts';
import * as invoices from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });
const InvoiceParams = z.extend(ClientParams, {
  invoiceId: z.string().check(z.meta({ param: { name: 'invoiceId', in: 'path' } })),
});

/** An action's body is optional: `{}` or none at all is a move without a version check. */
const optionalBody = <T extends z.ZodMiniType>(schema: T) => ({ required: false, content: { 'application/json': { schema } } });

export const invoiceRoutes = createModuleApp();
invoiceRoutes.use(authenticate, idempotent);

invoiceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/invoices',
    tags: ['Invoices'],
    summary: "List a client's invoices, newest first (filters: status, customerId, issue date from/to)",
    request: { params: ClientParams, query: z.extend(ListQuerySchema, InvoiceListQuerySchema.shape) },
    responses: { 200: jsonContent(pageOf(InvoiceSchema, 'InvoicePage'), 'A page of invoices'), ...authedErrors(400, 403, 404) },
  }),
  async (c) => c.json(await invoices.listInvoices(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

invoiceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/invoices',
    tags: ['Invoices'],
    summary: 'Create a draft invoice (agent, manager, owner)',
    description:
      "Gets the client's next number (`INV-0001`, ...), never reused. Line amounts, tax and totals are computed by the " +
      'server in integer minor units; any totals sent are ignored. The customer is remembered for the client by name.',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateInvoiceSchema) },
    responses: { 201: jsonContent(InvoiceSchema, 'The new draft'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await invoices.createInvoice(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

invoiceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/invoices/{invoiceId}',
    tags: ['Invoices'],
    summary: 'Get an invoice',
    request: { params: InvoiceParams },
    responses: { 200: jsonContent(InvoiceSchema, 'The invoice'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, invoiceId } = c.req.valid('param');
    return c.json(await invoices.getInvoice(c.get('ctx'), clientId, invoiceId), 200);
  },
);

invoiceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/invoices/{invoiceId}',
    tags: ['Invoices'],
    summary: 'Edit a draft invoice (agent, manager, owner); `version` must be current',
    description: 'Only a draft can be edited (409 otherwise). Totals are computed again from the lines.',
    request: { params: InvoiceParams, body: jsonBody(UpdateInvoiceSchema) },
    responses: { 200: jsonContent(InvoiceSchema, 'The invoice as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => {
    const { clientId, invoiceId } = c.req.valid('param');
    return c.json(await invoices.updateInvoice(c.get('ctx'), clientId, invoiceId, c.req.valid('json')), 200);
  },
);

const MOVES = [
  {
    action: 'submit',
    schema: VersionOnlySchema,
    summary: 'Submit a draft for the client’s approval (agent, manager, owner): draft → pending_approval',
  },
  { action: 'approve', schema: VersionOnlySchema, summary: "Approve (the client's reviewer): pending_approval → approved" },
  {
    action: 'reject',
    schema: RejectSchema,
    summary: "Reject with a reason (the client's reviewer): pending_approval → draft, keeping rejectionReason",
  },
  { action: 'send', schema: VersionOnlySchema, summary: 'Mark as sent to the customer (agent, manager, owner): approved → sent' },
  {
    action: 'record-payment',
    schema: RecordPaymentSchema,
    summary:
      'Record a payment (agent, manager, owner); partial payments add up, and the invoice is paid once they reach the total',
  },
  { action: 'void', schema: VersionOnlySchema, summary: 'Void (agent, manager, owner): any state but paid' },
] as const;

for (const move of MOVES) {
  const required = move.action === 'reject' || move.action === 'record-payment';
  invoiceRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/api/clients/{clientId}/invoices/{invoiceId}/${move.action}`,
      tags: ['Invoices'],
      summary: move.summary,
      description: 'Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.',
      request: {
        params: InvoiceParams,
        headers: IdempotencyHeaders,
        body: required ? jsonBody(move.schema) : optionalBody(move.schema),
      },
      responses: {
        200: jsonContent(InvoiceSchema, 'The invoice as it now is'),
        ...authedErrors(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { clientId, invoiceId } = c.req.valid('param');
      const body = (c.req.valid('json') ?? {}) as invoices.MoveInput;
      return c.json(await invoices.moveInvoice(c.get('ctx'), clientId, invoiceId, move.action, body), 200);
    },
  );
}

invoiceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/customers',
    tags: ['Invoices'],
    summary: "The client's remembered customers, by name (`q`: names starting with it)",
    request: { params: ClientParams, query: z.extend(ListQuerySchema, CustomerListQuerySchema.shape) },
    responses: {
      200: jsonContent(pageOf(CustomerSchema, 'CustomerPage'), 'A page of customers'),
      ...authedErrors(400, 403, 404),
    },
  }),
  async (c) => c.json(await invoices.listCustomers(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);
