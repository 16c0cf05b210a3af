import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, pageOf } from '../core/openapi.ts';
import { TimeEntrySchema } from '../time/schemas.ts';
import { billingCsv } from './documents.ts';
import {
  BillingInvoiceSchema,
  BillingListQuery,
  BillingRunSchema,
  PaymentSchema,
  RateCardInputSchema,
  RateCardQuery,
  RateCardSchema,
} from './schemas.ts';
import * as billing from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });
const InvoiceParams = z.extend(ClientParams, {
  billingInvoiceId: z.string().check(z.meta({ param: { name: 'billingInvoiceId', in: 'path' } })),
});
const EntriesQuery = z.object({
  line: z
    .optional(z.coerce.number().check(z.int(), z.gte(0)))
    .check(z.meta({ description: 'Only the entries of this line (0-based)' })),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string()),
});

export const billingRoutes = createModuleApp();
billingRoutes.use(authenticate, idempotent);

billingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/rates',
    tags: ['Billing'],
    summary: 'The rate card in force (today, or `on` a date); agents only where the card is shown to them',
    request: { params: ClientParams, query: RateCardQuery },
    responses: { 200: jsonContent(RateCardSchema, 'The rate card'), ...authedErrors(400, 403, 404) },
  }),
  async (c) => c.json(await billing.getRateCard(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query').on), 200),
);

billingRoutes.openapi(
  createRoute({
    method: 'put',
    path: '/api/clients/{clientId}/rates',
    tags: ['Billing'],
    summary: 'Set the rate card in force from `effectiveFrom` (owner); billed time is never repriced',
    request: { params: ClientParams, body: jsonBody(RateCardInputSchema) },
    responses: { 200: jsonContent(RateCardSchema, 'The rate card'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => c.json(await billing.putRateCard(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 200),
);

billingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/billing-invoices',
    tags: ['Billing'],
    summary: "A client's billing invoices, newest first (reviewers: issued ones)",
    request: { params: ClientParams, query: BillingListQuery },
    responses: { 200: jsonContent(pageOf(BillingInvoiceSchema, 'BillingInvoicePage'), 'A page'), ...authedErrors(400, 403, 404) },
  }),
  async (c) => c.json(await billing.listBillingInvoices(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

billingRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/billing-invoices',
    tags: ['Billing'],
    summary:
      'Run billing for a period (calendar dates in the client’s zone, inclusive): a draft from approved, billable, unbilled time',
    description:
      'Each entry is billed exactly once. Nothing to bill, a run already in progress, or entries changing mid-run answer 409.',
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(BillingRunSchema) },
    responses: { 201: jsonContent(BillingInvoiceSchema, 'The draft'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await billing.runBilling(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

billingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/billing-invoices/{billingInvoiceId}',
    tags: ['Billing'],
    summary: 'A billing invoice with its lines',
    request: { params: InvoiceParams },
    responses: { 200: jsonContent(BillingInvoiceSchema, 'The invoice'), ...authedErrors(403, 404) },
  }),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    return c.json(await billing.getBillingInvoice(c.get('ctx'), clientId, billingInvoiceId), 200);
  },
);

billingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries',
    tags: ['Billing'],
    summary: 'The time entries behind an invoice, or behind one of its lines (`line`)',
    request: { params: InvoiceParams, query: EntriesQuery },
    responses: {
      200: jsonContent(pageOf(TimeEntrySchema, 'BilledEntryPage'), 'A page of entries'),
      ...authedErrors(400, 403, 404),
    },
  }),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    return c.json(await billing.billingInvoiceEntries(c.get('ctx'), clientId, billingInvoiceId, c.req.valid('query')), 200);
  },
);

const actionRoute = (action: 'issue' | 'void', summary: string) =>
  createRoute({
    method: 'post',
    path: `/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/${action}`,
    tags: ['Billing'],
    summary,
    request: { params: InvoiceParams, headers: IdempotencyHeaders },
    responses: { 200: jsonContent(BillingInvoiceSchema, 'The invoice as it now is'), ...authedErrors(403, 404, 409, 422) },
  });

billingRoutes.openapi(actionRoute('issue', 'Issue a draft (owner)'), async (c) => {
  const { clientId, billingInvoiceId } = c.req.valid('param');
  return c.json(await billing.issueBillingInvoice(c.get('ctx'), clientId, billingInvoiceId), 200);
});

billingRoutes.openapi(
  actionRoute('void', 'Void a draft or issued invoice (owner); its entries return to approved'),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    return c.json(await billing.voidBillingInvoice(c.get('ctx'), clientId, billingInvoiceId), 200);
  },
);

billingRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment',
    tags: ['Billing'],
    summary: 'Record a payment (owner); paid once the total is reached; more than what remains answers 400',
    request: { params: InvoiceParams, headers: IdempotencyHeaders, body: jsonBody(PaymentSchema) },
    responses: {
      200: jsonContent(BillingInvoiceSchema, 'The invoice as it now is'),
      ...authedErrors(400, 403, 404, 409, 413, 415, 422),
    },
  }),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    return c.json(
      await billing.recordBillingPayment(c.get('ctx'), clientId, billingInvoiceId, c.req.valid('json').amountMinor),
      200,
    );
  },
);

billingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/export.csv',
    tags: ['Billing'],
    summary: 'Every entry behind the invoice as CSV',
    request: { params: InvoiceParams },
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
      ...authedErrors(403, 404),
    },
  }),
  async (c) => {
    const { clientId, billingInvoiceId } = c.req.valid('param');
    const data = await billing.billingDocumentData(c.get('ctx'), clientId, billingInvoiceId);
    return c.body(billingCsv(data), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${data.invoice.number}.csv"`,
    });
  },
);
