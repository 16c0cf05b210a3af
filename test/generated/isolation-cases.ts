import { api, uniqueEmail } from '../support/api.ts';
import { dayAgo, type Fixtures, type Ids, invoiceBody, ok, SLA } from '../support/fixtures.ts';
import { fillPath, type Operation } from '../support/openapi.ts';

/**
 * What the generated isolation suite needs to know about each operation of the OpenAPI document:
 * how to make a real resource in tenant A's client C1 and a request on it that the right user can
 * make (the positive control). The suite sends that same request as each outsider first.
 *
 * GET operations are covered by default: the innermost path parameter names a factory below, and the
 * positive control is A's owner reading it. Every write, and every operation that takes ids somewhere
 * other than its path, needs a recipe here; an operation the document lists with neither a recipe, a
 * factory for its parameters nor an exemption fails the suite.
 */
export interface Attempt {
  /** The ids of A's resources this request names; the suite also sends it with made-up ids. */
  ids: Ids;
  /** Path with query string. */
  path: string;
  body?: unknown;
  /** The positive control: a user who may make this request, and the status they get. */
  as: string;
  expect: number;
  /** Reads (as A's owner) that must come back the same after the outsiders' attempts. Default: the nearest JSON GET. */
  reads?: string[];
  /**
   * What tenant B's owner gets. 404 (the resource is not there for them) except where the contract
   * answers a reference in a body it cannot find with 400 naming the field, as for a missing one.
   */
  crossTenant?: 400 | 404;
  /** Undo what the positive control did, where it would get in other recipes' way. */
  cleanup?: () => Promise<void>;
}

export type Recipe = (f: Fixtures, operation: Operation) => Promise<Attempt>;

/** Path parameter → a factory that creates that resource (and its parents) in A's C1. */
export const factories: Record<string, (f: Fixtures) => Promise<Ids>> = {
  clientId: async (f) => ({ clientId: f.a.c1 }),
  userId: async (f) => ({ userId: f.a.agent.id }),
  invoiceId: (f) => f.invoice(),
  employeeId: (f) => f.employee(),
  runId: (f) => f.run(),
  batchId: (f) => f.batch(),
  recordId: (f) => f.record(),
  documentId: (f) => f.document(),
  queueId: (f) => f.queue(),
  ticketId: (f) => f.ticket(),
  entryId: (f) => f.entry(),
  billingInvoiceId: (f) => f.billingInvoice(),
};

/** Routes that name no resource of anyone else: they act on the caller alone or on nothing. */
export const exemptions: Record<string, string> = {
  'GET /api/health': 'public, no data',
  'POST /api/auth/login': 'public; answers for the credentials given',
  'POST /api/signup': 'public; creates a new tenant',
  'GET /api/me': "the caller's own record",
  'GET /api/members': "lists the caller's own tenant (tenant key from the token)",
  'GET /api/clients': "lists the caller's own tenant's visible clients",
  'POST /api/clients': "creates in the caller's own tenant",
  'GET /api/timer': "the caller's own timer",
  'POST /api/timer/stop': "stops the caller's own timer",
};

const version = async (f: Fixtures, path: string) => (await f.read(path)).version as number;
const c1 = (f: Fixtures, rest = '') => `/api/clients/${f.a.c1}${rest}`;

/** A move on a work item brought to `state` first; the right user makes it. */
function move<S extends string>(
  make: (f: Fixtures, state: S) => Promise<Ids>,
  state: S,
  who: (f: Fixtures) => string,
  body?: unknown,
): Recipe {
  return async (f, operation) => {
    const ids = await make(f, state);
    return { ids, path: fillPath(operation.path, ids), ...(body === undefined ? {} : { body }), as: who(f), expect: 200 };
  };
}

const owner = (f: Fixtures) => f.a.owner.token;
const manager = (f: Fixtures) => f.a.manager.token;
const agent = (f: Fixtures) => f.a.agent.token;
const reviewer = (f: Fixtures) => f.a.reviewer.token;

/** A bulk time move: the entry's id travels in the body. */
function timeMove(state: Parameters<Fixtures['entry']>[0], who: (f: Fixtures) => string, extra: Record<string, unknown> = {}): Recipe {
  return async (f, operation) => {
    const { entryId } = await f.entry(state);
    return {
      ids: { entryId },
      path: operation.path,
      body: { ids: [entryId], ...extra },
      as: who(f),
      expect: 200,
      reads: [`/api/time-entries/${entryId}`],
    };
  };
}

/** One recipe per operation, or several where it takes ids in more than one place (list filters). */
export const recipes: Record<string, Recipe | Recipe[]> = {
  // Members and assignments
  'POST /api/members': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: '/api/members',
    body: { email: uniqueEmail('invited'), name: 'Invited Reviewer', role: 'client', clientId: f.a.c1, password: 'test-password-1' },
    as: owner(f),
    expect: 201,
    reads: ['/api/members?limit=100'],
    // An unknown clientId in the body is a validation error naming the field (members.test.ts).
    crossTenant: 400,
  }),
  'PATCH /api/members/{userId}': async (f) => {
    const path = `/api/members/${f.a.manager.id}`;
    return { ids: { userId: f.a.manager.id }, path, body: { version: await version(f, path), name: f.unique('Manager') }, as: owner(f), expect: 200 };
  },
  'PUT /api/clients/{clientId}/assignments': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/assignments'),
    body: { agentIds: [f.a.agent.id] },
    as: owner(f),
    expect: 200,
  }),

  // Clients
  'PATCH /api/clients/{clientId}': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f),
    body: { version: await version(f, c1(f)), name: 'Client One' },
    as: manager(f),
    expect: 200,
  }),

  // Time
  'POST /api/timer/start': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: '/api/timer/start',
    body: { clientId: f.a.c1, note: 'isolation' },
    as: agent(f),
    expect: 200,
    reads: [`/api/time-entries?clientId=${f.a.c1}&limit=100`],
    cleanup: async () => {
      ok('stop', await api('POST', '/api/timer/stop', { token: f.a.agent.token }), 200);
    },
  }),
  'GET /api/time-entries': [
    async (f) => ({ ids: { clientId: f.a.c1 }, path: `/api/time-entries?clientId=${f.a.c1}`, as: owner(f), expect: 200 }),
    async (f) => ({ ids: { userId: f.a.agent.id }, path: `/api/time-entries?userId=${f.a.agent.id}`, as: owner(f), expect: 200 }),
  ],
  'POST /api/time-entries': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: '/api/time-entries',
    body: { clientId: f.a.c1, ...f.nextSpan(), note: 'isolation' },
    as: agent(f),
    expect: 201,
    reads: [`/api/time-entries?clientId=${f.a.c1}&limit=100`],
  }),
  'POST /api/time-entries/submit': timeMove('open', agent),
  'POST /api/time-entries/approve': timeMove('submitted', manager),
  'POST /api/time-entries/reject': timeMove('submitted', manager, { reason: 'Wrong client' }),
  'POST /api/time-entries/client-approve': timeMove('approved', reviewer),
  'POST /api/time-entries/dispute': timeMove('approved', reviewer, { reason: 'Not ours' }),
  'POST /api/time-entries/resolve': timeMove('disputed', manager, { resolution: 'reopen' }),
  'PATCH /api/time-entries/{entryId}': async (f) => {
    const ids = await f.entry();
    const path = `/api/time-entries/${ids.entryId}`;
    return { ids, path, body: { version: await version(f, path), note: 'changed' }, as: agent(f), expect: 200 };
  },
  'DELETE /api/time-entries/{entryId}': async (f) => {
    const ids = await f.entry();
    const path = `/api/time-entries/${ids.entryId}`;
    return { ids, path: `${path}?version=${await version(f, path)}`, as: agent(f), expect: 204, reads: [path] };
  },
  'GET /api/timesheet': async (f) => ({
    ids: { userId: f.a.agent.id },
    path: `/api/timesheet?userId=${f.a.agent.id}`,
    as: owner(f),
    expect: 200,
  }),

  // Billing
  'PUT /api/clients/{clientId}/rates': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/rates'),
    body: { effectiveFrom: dayAgo(400), currency: 'USD', defaultRateMinor: 6000, agentRates: [{ userId: f.a.agent.id, rateMinor: 7000 }] },
    as: owner(f),
    expect: 200,
  }),
  'POST /api/clients/{clientId}/billing-invoices': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/billing-invoices'),
    body: await f.billableDay(),
    as: manager(f),
    expect: 201,
  }),
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue': move((f, s) => f.billingInvoice(s), 'draft', owner),
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/void': move((f, s) => f.billingInvoice(s), 'issued', owner),
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment': move((f, s) => f.billingInvoice(s), 'issued', owner, {
    amountMinor: 100,
  }),

  // Invoices
  'POST /api/clients/{clientId}/invoices': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/invoices'),
    body: invoiceBody(f.unique('Isolation')),
    as: agent(f),
    expect: 201,
  }),
  'PATCH /api/clients/{clientId}/invoices/{invoiceId}': async (f) => {
    const ids = await f.invoice();
    const path = fillPath('/api/clients/{clientId}/invoices/{invoiceId}', ids);
    return { ids, path, body: { version: await version(f, path), notes: 'Edited' }, as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/submit': move((f, s) => f.invoice(s), 'draft', agent, {}),
  'POST /api/clients/{clientId}/invoices/{invoiceId}/approve': move((f, s) => f.invoice(s), 'pending_approval', reviewer, {}),
  'POST /api/clients/{clientId}/invoices/{invoiceId}/reject': move((f, s) => f.invoice(s), 'pending_approval', reviewer, { reason: 'Wrong total' }),
  'POST /api/clients/{clientId}/invoices/{invoiceId}/send': move((f, s) => f.invoice(s), 'approved', agent, {}),
  'POST /api/clients/{clientId}/invoices/{invoiceId}/record-payment': move((f, s) => f.invoice(s), 'sent', manager, { amountMinor: 100 }),
  'POST /api/clients/{clientId}/invoices/{invoiceId}/void': move((f, s) => f.invoice(s), 'draft', manager, {}),

  // Payroll
  'POST /api/clients/{clientId}/employees': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/employees'),
    body: { name: f.unique('Hired'), payType: 'salaried', rateMinor: 250_000 },
    as: agent(f),
    expect: 201,
  }),
  'PATCH /api/clients/{clientId}/employees/{employeeId}': async (f) => {
    const ids = await f.employee();
    const path = fillPath('/api/clients/{clientId}/employees/{employeeId}', ids);
    return { ids, path, body: { version: await version(f, path), rateMinor: 2500 }, as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/payroll-runs': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/payroll-runs'),
    body: { periodStart: '2026-12-01', periodEnd: '2026-12-15', payDate: '2026-12-20' },
    as: agent(f),
    expect: 201,
  }),
  'PATCH /api/clients/{clientId}/payroll-runs/{runId}': async (f) => {
    const ids = await f.run();
    const path = fillPath('/api/clients/{clientId}/payroll-runs/{runId}', ids);
    const run = await f.read(path);
    const lines = run.lines.map((line: { employeeId: string }) => ({ employeeId: line.employeeId, hours: 10 }));
    return { ids, path, body: { version: run.version, lines }, as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/payroll-runs/{runId}/submit': move((f, s) => f.run(s), 'draft', agent, {}),
  'POST /api/clients/{clientId}/payroll-runs/{runId}/approve': move((f, s) => f.run(s), 'pending_approval', reviewer, {}),
  'POST /api/clients/{clientId}/payroll-runs/{runId}/reject': move((f, s) => f.run(s), 'pending_approval', reviewer, { reason: 'Hours are off' }),
  'POST /api/clients/{clientId}/payroll-runs/{runId}/mark-paid': move((f, s) => f.run(s), 'approved', manager, {}),
  'GET /api/clients/{clientId}/payroll-runs/{runId}/bank-export.csv': move((f, s) => f.run(s), 'approved', owner),

  // Comments and audit
  'GET /api/clients/{clientId}/comments': async (f) => {
    const ids = await f.invoice();
    return { ids, path: c1(f, `/comments?on=invoice:${ids.invoiceId}`), as: reviewer(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/comments': async (f) => {
    const ids = await f.invoice();
    return {
      ids,
      path: c1(f, '/comments'),
      body: { on: `invoice:${ids.invoiceId}`, body: 'Looks right.' },
      as: reviewer(f),
      expect: 201,
      reads: [c1(f, `/comments?on=invoice:${ids.invoiceId}&limit=100`)],
    };
  },
  'GET /api/audit': async (f) => ({ ids: { clientId: f.a.c1 }, path: `/api/audit?clientId=${f.a.c1}`, as: owner(f), expect: 200 }),
  'GET /api/clients/{clientId}/quality': [
    async (f) => ({ ids: { clientId: f.a.c1 }, path: c1(f, '/quality'), as: owner(f), expect: 200 }),
    async (f) => ({ ids: { clientId: f.a.c1, userId: f.a.agent.id }, path: c1(f, `/quality?userId=${f.a.agent.id}`), as: owner(f), expect: 200 }),
  ],
  'GET /api/clients/{clientId}/tickets': [
    async (f) => ({ ids: { clientId: f.a.c1 }, path: c1(f, '/tickets'), as: owner(f), expect: 200 }),
    async (f) => {
      const { queueId } = await f.queue();
      return { ids: { clientId: f.a.c1, queueId }, path: c1(f, `/tickets?queueId=${queueId}&assigneeId=${f.a.agent.id}`), as: owner(f), expect: 200 };
    },
  ],
  'GET /api/clients/{clientId}/documents': [
    async (f) => ({ ids: { clientId: f.a.c1 }, path: c1(f, '/documents'), as: owner(f), expect: 200 }),
    async (f) => {
      const ids = await f.invoice();
      return { ids, path: c1(f, `/documents?on=invoice:${ids.invoiceId}`), as: owner(f), expect: 200 };
    },
  ],

  // Documents
  'POST /api/clients/{clientId}/documents': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/documents'),
    body: { fileName: 'isolation.pdf', contentType: 'application/pdf', sizeBytes: 2048 },
    as: reviewer(f),
    expect: 201,
  }),

  // Data entry
  'POST /api/clients/{clientId}/batches': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/batches'),
    body: { name: f.unique('Batch'), fields: [{ name: 'vendor', type: 'string', required: true }] },
    as: agent(f),
    expect: 201,
  }),
  'PATCH /api/clients/{clientId}/batches/{batchId}': async (f) => {
    const ids = await f.batch();
    const path = fillPath('/api/clients/{clientId}/batches/{batchId}', ids);
    return { ids, path, body: { version: await version(f, path), name: f.unique('Renamed') }, as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/batches/{batchId}/records': async (f) => {
    const ids = await f.batch();
    return { ids, path: fillPath('/api/clients/{clientId}/batches/{batchId}/records', ids), body: { values: { vendor: 'Acme' } }, as: agent(f), expect: 201 };
  },
  'PATCH /api/clients/{clientId}/batches/{batchId}/records/{recordId}': async (f) => {
    const ids = await f.record();
    const list = await f.read(fillPath('/api/clients/{clientId}/batches/{batchId}/records?limit=100', ids));
    const record = list.items.find((item: { id: string }) => item.id === ids.recordId);
    // QA is a second person's job: the manager checks what the agent keyed.
    return { ids, path: fillPath('/api/clients/{clientId}/batches/{batchId}/records/{recordId}', ids), body: { version: record.version, qa: 'verified' }, as: manager(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/batches/{batchId}/submit': async (f) => {
    const ids = await f.batch();
    await f.record(ids);
    return { ids, path: fillPath('/api/clients/{clientId}/batches/{batchId}/submit', ids), as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/batches/{batchId}/approve': move((f, s) => f.batch(s), 'pending_approval', reviewer),
  'POST /api/clients/{clientId}/batches/{batchId}/reject': move((f, s) => f.batch(s), 'pending_approval', reviewer, { reason: 'Vendor names are wrong' }),

  // Support
  'POST /api/clients/{clientId}/queues': async (f) => ({
    ids: { clientId: f.a.c1 },
    path: c1(f, '/queues'),
    body: { name: f.unique('Queue'), sla: SLA },
    as: manager(f),
    expect: 201,
  }),
  'POST /api/clients/{clientId}/tickets': async (f) => {
    const { queueId } = await f.queue();
    return {
      ids: { clientId: f.a.c1, queueId },
      path: c1(f, '/tickets'),
      body: { queueId, subject: 'Refund', requester: { name: 'Ria Patel', email: 'ria@customer.test' }, priority: 'low', body: 'Please refund.' },
      as: reviewer(f),
      expect: 201,
    };
  },
  'PATCH /api/clients/{clientId}/tickets/{ticketId}': async (f) => {
    const ids = await f.ticket();
    const path = fillPath('/api/clients/{clientId}/tickets/{ticketId}', ids);
    return { ids, path, body: { version: await version(f, path), priority: 'urgent' }, as: agent(f), expect: 200 };
  },
  'POST /api/clients/{clientId}/tickets/{ticketId}/messages': async (f) => {
    const ids = await f.ticket();
    return {
      ids,
      path: fillPath('/api/clients/{clientId}/tickets/{ticketId}/messages', ids),
      body: { body: 'We are on it.', visibility: 'public' },
      as: agent(f),
      expect: 201,
    };
  },
};
