import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { boot } from '../local/boot.ts';
import { BUNDLE_PART_NAMES, buildBundles, buildSdkFloor, kilobytes, projectRoot } from '../scripts/bundles.ts';
import { BUNDLE_BUDGETS_KB, TARGET_KB } from './bundle-budgets.ts';
import { CALL_BUDGETS } from './call-budgets.ts';

/**
 * `npm run bench`: figures, not tests. Everything runs against an in-memory DynamoDB Local and
 * s3rver on this machine; it prints each table and writes docs/benchmarks.md.
 */
// Request logs would be most of the output, and writing them would be part of what is measured.
process.env.LOG_LEVEL ??= 'WARN';
// The load test would trip the per-user rate limit within seconds; it measures the server, not the limit.
process.env.RATE_LIMIT_USER_PER_MINUTE ??= '100000000';
process.env.RATE_LIMIT_TENANT_PER_MINUTE ??= '1000000000';
// A user claims the tenant's minute in blocks of this many requests, and each claim costs two calls more
// (core/rate-limit.ts). With the default of 10, every tenth request of a user would show two extra calls;
// a block this large leaves one claim per user per minute, so the per-route counts below are exact.
process.env.RATE_LIMIT_TENANT_BLOCK ??= '1000000';
const dataDir = mkdtempSync(join(tmpdir(), 'backdesk-bench-'));
const { stack, secrets } = await boot({ dataDir, inMemory: true });
const { createGateway } = await import('../local/gateway.ts');
const { measureDynamoCalls } = await import('../functions/core/request-metrics.ts');
const { modules } = await import('../functions/manifest.ts');
const { createEntry, moveEntries } = await import('../functions/time/service.ts');
const { runBilling, putRateCard } = await import('../functions/billing/service.ts');
const gateway = await createGateway({ publicJwk: secrets.publicJwk, webRoot: join(projectRoot, 'web') });

const report: string[] = [];
const section = (title: string, lines: string[]) => {
  console.log(`\n## ${title}\n${lines.join('\n')}`);
  report.push(`## ${title}`, '', ...lines, '');
};
const table = (header: string[], rows: Array<Array<string | number>>) => [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

interface Timed {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies of every route, read loosely by the benchmark
  body: any;
  calls: number;
  rcu: number;
  wcu: number;
  ms: number;
}

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Timed> {
  const started = performance.now();
  const response = await gateway.fetch(
    new Request(`http://localhost${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    }),
  );
  const text = await response.text();
  const ms = performance.now() - started;
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const timing = /desc="(\d+) calls, ([\d.]+) RCU, ([\d.]+) WCU"/.exec(response.headers.get('server-timing') ?? '') ?? [];
  return { status: response.status, body: isJson && text ? JSON.parse(text) : text, calls: Number(timing[1] ?? 0), rcu: Number(timing[2] ?? 0), wcu: Number(timing[3] ?? 0), ms };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

// A firm with a client, an agent, and a little of everything.
const PASSWORD = 'bench-password-1';
const signup = await call('POST', '/api/signup', undefined, { firmName: 'Bench Firm', name: 'Owner', email: 'owner@bench.test', password: PASSWORD });
const owner = signup.body.token as string;
const tenantId = signup.body.tenant.id as string;
const ownerId = signup.body.user.id as string;
const clientBody = (name: string) => ({ name, currency: 'USD', timeZone: 'UTC', billingContact: { name: 'B', email: 'b@bench.test' } });
const client = (await call('POST', '/api/clients', owner, clientBody('Bench Client'))).body;
const agentMember = (await call('POST', '/api/members', owner, { email: 'agent@bench.test', name: 'Agent', role: 'agent', password: PASSWORD })).body;
await call('PUT', `/api/clients/${client.id}/assignments`, owner, { agentIds: [agentMember.id] });
const agent = (await call('POST', '/api/auth/login', undefined, { email: 'agent@bench.test', password: PASSWORD })).body.token as string;
await call('PUT', `/api/clients/${client.id}/rates`, owner, { effectiveFrom: '2020-01-01', currency: 'USD', defaultRateMinor: 6000 });

let minute = 0;
const nextSpan = () => {
  const start = Date.parse('2026-01-05T00:00:00Z') + minute * 60_000;
  minute += 20;
  return { startedAt: new Date(start).toISOString(), endedAt: new Date(start + 15 * 60_000).toISOString() };
};
const invoiceBody = { customer: { name: 'Bench Customer' }, issueDate: '2026-11-02', dueDate: '2026-11-30', lines: [{ description: 'Work', quantity: 1.5, unitPriceMinor: 1999, taxRateBps: 825 }] };

// 1. In-process handler latency per module: get, list, create and a state move wherever the module has them.
const ITERATIONS = 40;
type Op = { module: string; op: string; route: string; run: () => Promise<Timed> };
/** A request the bench needs to succeed (setup, or the untimed first steps of an operation), or it stops. */
const must = async (what: string, pending: Promise<Timed>) => {
  const result = await pending;
  if (result.status >= 400) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
};
let sequence = 0;
const unique = (label: string) => `${label}-${++sequence}`;
const c = (rest = '') => `/api/clients/${client.id}${rest}`;

await must('reviewer', call('POST', '/api/members', owner, { email: 'reviewer@bench.test', name: 'Reviewer', role: 'client', clientId: client.id, password: PASSWORD }));
const reviewer = (await must('reviewer login', call('POST', '/api/auth/login', undefined, { email: 'reviewer@bench.test', password: PASSWORD }))).token as string;
// The member the PATCH operation rewrites. A member update drops the member's rate-limit counters, which
// would cost the next request two more calls, so it is nobody who sends requests here.
const patched = await must('member', call('POST', '/api/members', owner, { email: 'patched@bench.test', name: 'Patched', role: 'manager' }));
let patchedVersion = patched.version as number;

const timeEntry = () => must('time entry', call('POST', '/api/time-entries', agent, { clientId: client.id, ...nextSpan() }));
const submittedEntry = async () => {
  const created = await timeEntry();
  await must('submit time', call('POST', '/api/time-entries/submit', agent, { ids: [created.id] }));
  return created;
};
const entry = await timeEntry();

// A billing run bills every approved entry of its period: the billing operations have a client of their
// own and a fresh day of approved time (2024, away from every other entry of the agent) each.
const billingClient = await must('billing client', call('POST', '/api/clients', owner, clientBody('Billing Client')));
await must('assign', call('PUT', `/api/clients/${billingClient.id}/assignments`, owner, { agentIds: [agentMember.id] }));
await must('rates', call('PUT', `/api/clients/${billingClient.id}/rates`, owner, { effectiveFrom: '2020-01-01', currency: 'USD', defaultRateMinor: 6000 }));
const billing = (rest = '') => `/api/clients/${billingClient.id}/billing-invoices${rest}`;
let billingDay = Date.parse('2024-01-01T00:00:00Z');
const billableDay = async () => {
  const day = new Date(billingDay).toISOString().slice(0, 10);
  billingDay += 86_400_000;
  const hour = await must('billable time', call('POST', '/api/time-entries', agent, { clientId: billingClient.id, startedAt: `${day}T12:00:00.000Z`, endedAt: `${day}T13:00:00.000Z` }));
  await must('submit time', call('POST', '/api/time-entries/submit', agent, { ids: [hour.id] }));
  await must('approve time', call('POST', '/api/time-entries/approve', owner, { ids: [hour.id] }));
  return { periodStart: day, periodEnd: day };
};
const draftBillingInvoice = async () => must('billing run', call('POST', billing(), owner, await billableDay()));
const billingInvoice = await draftBillingInvoice();

const invoice = await must('invoice', call('POST', c('/invoices'), agent, invoiceBody));
const submittedInvoice = async () => {
  const created = await must('invoice', call('POST', c('/invoices'), agent, invoiceBody));
  await must('submit invoice', call('POST', c(`/invoices/${created.id}/submit`), agent, {}));
  return created;
};

// A payroll run has a line per active employee: the run operations see the client's ten, made here
// (the employee create operation comes after them).
const employeeBody = () => ({ name: unique('Employee'), payType: 'hourly', rateMinor: 2000, deductions: [{ name: 'Pension', percentBps: 500 }] });
const employees = [];
for (let i = 0; i < 10; i++) employees.push(await must('employee', call('POST', c('/employees'), agent, employeeBody())));
const employee = employees[0];
const runBody = { periodStart: '2026-11-01', periodEnd: '2026-11-15', payDate: '2026-11-20' };
const payrollRun = async () => must('payroll run', call('POST', c('/payroll-runs'), agent, runBody));
const submittedRun = async () => {
  const created = await payrollRun();
  await must('submit run', call('POST', c(`/payroll-runs/${created.id}/submit`), agent, {}));
  return created;
};
const run = await payrollRun();

for (let i = 0; i < 3; i++) await must('comment', call('POST', c('/comments'), reviewer, { on: `invoice:${invoice.id}`, body: unique('Comment') }));
const documentBody = () => ({ fileName: `${unique('scan')}.pdf`, contentType: 'application/pdf', sizeBytes: 2048 });
const document = (await must('document', call('POST', c('/documents'), agent, documentBody()))).document;

const BATCH_FIELDS = [{ name: 'vendor', type: 'string', required: true }];
const newBatch = () => must('batch', call('POST', c('/batches'), agent, { name: unique('Batch'), fields: BATCH_FIELDS }));
const newRecord = (batchId: string) => must('record', call('POST', c(`/batches/${batchId}/records`), agent, { values: { vendor: unique('Vendor') } }));
const batch = await newBatch();
for (let i = 0; i < 3; i++) await newRecord(batch.id);

const SLA = { firstResponseMinutes: { urgent: 30, high: 60, normal: 240, low: 480 }, resolutionMinutes: { urgent: 240, high: 480, normal: 1440, low: 2880 } };
const queue = await must('queue', call('POST', c('/queues'), owner, { name: 'Support', sla: SLA }));
const ticketBody = () => ({ queueId: queue.id, subject: unique('Ticket'), requester: { name: 'R', email: 'r@bench.test' }, priority: 'normal', body: 'x' });
const ticket = await must('ticket', call('POST', c('/tickets'), agent, ticketBody()));
// The ticket's status goes back and forth between open and pending, one move per request.
let ticketNow = { version: ticket.version as number, status: ticket.status as string };

let clientVersion = 1;
const ops: Op[] = [
  { module: 'control-plane', op: 'health', route: 'GET /api/health', run: () => call('GET', '/api/health') },
  { module: 'control-plane', op: 'login', route: 'POST /api/auth/login', run: () => call('POST', '/api/auth/login', undefined, { email: 'agent@bench.test', password: PASSWORD }) },
  {
    module: 'control-plane',
    op: 'create (signup)',
    route: 'POST /api/signup',
    run: () => call('POST', '/api/signup', undefined, { firmName: unique('Firm'), name: 'Owner', email: `${unique('owner')}@bench.test`, password: PASSWORD }),
  },
  { module: 'api-docs', op: 'get', route: 'GET /api/openapi.json', run: () => call('GET', '/api/openapi.json') },
  { module: 'api-docs', op: 'docs page', route: 'GET /api/docs', run: () => call('GET', '/api/docs') },
  { module: 'members', op: 'me', route: 'GET /api/me', run: () => call('GET', '/api/me', agent) },
  { module: 'members', op: 'get', route: 'GET /api/members/{userId}', run: () => call('GET', `/api/members/${agentMember.id}`, owner) },
  { module: 'members', op: 'list', route: 'GET /api/members', run: () => call('GET', '/api/members', owner) },
  {
    module: 'members',
    op: 'create (invite)',
    route: 'POST /api/members',
    run: () => call('POST', '/api/members', owner, { email: `${unique('invited')}@bench.test`, name: 'Invited', role: 'agent', password: PASSWORD }),
  },
  {
    module: 'members',
    op: 'update',
    route: 'PATCH /api/members/{userId}',
    run: async () => {
      const result = await call('PATCH', `/api/members/${patched.id}`, owner, { version: patchedVersion, name: unique('Patched') });
      patchedVersion = result.body?.version ?? patchedVersion;
      return result;
    },
  },
  { module: 'members', op: 'assignments', route: 'GET /api/clients/{clientId}/assignments', run: () => call('GET', c('/assignments'), owner) },
  { module: 'clients', op: 'get', route: 'GET /api/clients/{clientId}', run: () => call('GET', c(), owner) },
  { module: 'clients', op: 'list', route: 'GET /api/clients', run: () => call('GET', '/api/clients', owner) },
  { module: 'clients', op: 'create', route: 'POST /api/clients', run: () => call('POST', '/api/clients', owner, clientBody('Another')) },
  {
    module: 'clients',
    op: 'update',
    route: 'PATCH /api/clients/{clientId}',
    run: async () => {
      const result = await call('PATCH', c(), owner, { version: clientVersion, active: true });
      clientVersion += 1;
      return result;
    },
  },
  { module: 'time', op: 'get', route: 'GET /api/time-entries/{entryId}', run: () => call('GET', `/api/time-entries/${entry.id}`, agent) },
  { module: 'time', op: 'list', route: 'GET /api/time-entries', run: () => call('GET', `/api/time-entries?clientId=${client.id}`, owner) },
  { module: 'time', op: 'create', route: 'POST /api/time-entries', run: () => call('POST', '/api/time-entries', agent, { clientId: client.id, ...nextSpan() }) },
  {
    module: 'time',
    op: 'submit',
    route: 'POST /api/time-entries/submit',
    run: async () => call('POST', '/api/time-entries/submit', agent, { ids: [(await timeEntry()).id] }),
  },
  {
    module: 'time',
    op: 'approve',
    route: 'POST /api/time-entries/approve',
    run: async () => call('POST', '/api/time-entries/approve', owner, { ids: [(await submittedEntry()).id] }),
  },
  { module: 'billing', op: 'rate card', route: 'GET /api/clients/{clientId}/rates', run: () => call('GET', c('/rates'), owner) },
  {
    module: 'billing',
    op: 'put rate card',
    route: 'PUT /api/clients/{clientId}/rates',
    run: () => call('PUT', c('/rates'), owner, { effectiveFrom: '2020-01-01', currency: 'USD', defaultRateMinor: 6000, agentRates: [{ userId: agentMember.id, rateMinor: 7000 }] }),
  },
  {
    module: 'billing',
    op: 'get',
    route: 'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}',
    run: () => call('GET', billing(`/${billingInvoice.id}`), owner),
  },
  { module: 'billing', op: 'list', route: 'GET /api/clients/{clientId}/billing-invoices', run: () => call('GET', billing(), owner) },
  {
    module: 'billing',
    op: 'create (billing run)',
    route: 'POST /api/clients/{clientId}/billing-invoices',
    run: async () => call('POST', billing(), owner, await billableDay()),
  },
  {
    module: 'billing',
    op: 'issue',
    route: 'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue',
    run: async () => call('POST', billing(`/${(await draftBillingInvoice()).id}/issue`), owner, {}),
  },
  { module: 'invoices', op: 'get', route: 'GET /api/clients/{clientId}/invoices/{invoiceId}', run: () => call('GET', c(`/invoices/${invoice.id}`), agent) },
  { module: 'invoices', op: 'list', route: 'GET /api/clients/{clientId}/invoices', run: () => call('GET', c('/invoices'), agent) },
  { module: 'invoices', op: 'create', route: 'POST /api/clients/{clientId}/invoices', run: () => call('POST', c('/invoices'), agent, invoiceBody) },
  {
    module: 'invoices',
    op: 'submit',
    route: 'POST /api/clients/{clientId}/invoices/{invoiceId}/submit',
    run: async () => call('POST', c(`/invoices/${(await must('invoice', call('POST', c('/invoices'), agent, invoiceBody))).id}/submit`), agent, {}),
  },
  {
    module: 'invoices',
    op: 'approve',
    route: 'POST /api/clients/{clientId}/invoices/{invoiceId}/approve',
    run: async () => call('POST', c(`/invoices/${(await submittedInvoice()).id}/approve`), reviewer, {}),
  },
  {
    module: 'invoice-pdfs',
    op: 'invoice PDF',
    route: 'GET /api/clients/{clientId}/invoices/{invoiceId}/pdf',
    run: () => call('GET', c(`/invoices/${invoice.id}/pdf`), agent),
  },
  {
    module: 'invoice-pdfs',
    op: 'billing invoice PDF',
    route: 'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf',
    run: () => call('GET', billing(`/${billingInvoice.id}/pdf`), owner),
  },
  {
    module: 'payroll',
    op: 'get run',
    route: 'GET /api/clients/{clientId}/payroll-runs/{runId}',
    run: () => call('GET', c(`/payroll-runs/${run.id}`), agent),
  },
  { module: 'payroll', op: 'list runs', route: 'GET /api/clients/{clientId}/payroll-runs', run: () => call('GET', c('/payroll-runs'), agent) },
  { module: 'payroll', op: 'create run', route: 'POST /api/clients/{clientId}/payroll-runs', run: () => call('POST', c('/payroll-runs'), agent, runBody) },
  {
    module: 'payroll',
    op: 'submit run',
    route: 'POST /api/clients/{clientId}/payroll-runs/{runId}/submit',
    run: async () => call('POST', c(`/payroll-runs/${(await payrollRun()).id}/submit`), agent, {}),
  },
  {
    module: 'payroll',
    op: 'approve run',
    route: 'POST /api/clients/{clientId}/payroll-runs/{runId}/approve',
    run: async () => call('POST', c(`/payroll-runs/${(await submittedRun()).id}/approve`), reviewer, {}),
  },
  {
    module: 'payroll',
    op: 'get employee',
    route: 'GET /api/clients/{clientId}/employees/{employeeId}',
    run: () => call('GET', c(`/employees/${employee.id}`), agent),
  },
  { module: 'payroll', op: 'list employees', route: 'GET /api/clients/{clientId}/employees', run: () => call('GET', c('/employees'), agent) },
  { module: 'payroll', op: 'create employee', route: 'POST /api/clients/{clientId}/employees', run: () => call('POST', c('/employees'), agent, employeeBody()) },
  {
    module: 'activity',
    op: 'list comments',
    route: 'GET /api/clients/{clientId}/comments',
    run: () => call('GET', c(`/comments?on=invoice:${invoice.id}`), reviewer),
  },
  {
    module: 'activity',
    op: 'create comment',
    route: 'POST /api/clients/{clientId}/comments',
    run: () => call('POST', c('/comments'), reviewer, { on: `invoice:${invoice.id}`, body: unique('Comment') }),
  },
  { module: 'activity', op: 'audit', route: 'GET /api/audit', run: () => call('GET', '/api/audit', owner) },
  {
    module: 'documents',
    op: 'get',
    route: 'GET /api/clients/{clientId}/documents/{documentId}',
    run: () => call('GET', c(`/documents/${document.id}`), agent),
  },
  { module: 'documents', op: 'list', route: 'GET /api/clients/{clientId}/documents', run: () => call('GET', c('/documents'), agent) },
  { module: 'documents', op: 'create', route: 'POST /api/clients/{clientId}/documents', run: () => call('POST', c('/documents'), agent, documentBody()) },
  { module: 'data-entry', op: 'get batch', route: 'GET /api/clients/{clientId}/batches/{batchId}', run: () => call('GET', c(`/batches/${batch.id}`), agent) },
  { module: 'data-entry', op: 'list batches', route: 'GET /api/clients/{clientId}/batches', run: () => call('GET', c('/batches'), agent) },
  {
    module: 'data-entry',
    op: 'create batch',
    route: 'POST /api/clients/{clientId}/batches',
    run: () => call('POST', c('/batches'), agent, { name: unique('Batch'), fields: BATCH_FIELDS }),
  },
  {
    module: 'data-entry',
    op: 'list records',
    route: 'GET /api/clients/{clientId}/batches/{batchId}/records',
    run: () => call('GET', c(`/batches/${batch.id}/records`), agent),
  },
  {
    module: 'data-entry',
    op: 'create record',
    route: 'POST /api/clients/{clientId}/batches/{batchId}/records',
    run: () => call('POST', c(`/batches/${batch.id}/records`), agent, { values: { vendor: unique('Vendor') } }),
  },
  {
    module: 'data-entry',
    op: 'QA (verify a record)',
    route: 'PATCH /api/clients/{clientId}/batches/{batchId}/records/{recordId}',
    run: async () => {
      const record = await newRecord(batch.id);
      // QA is a second person's: the owner checks what the agent keyed.
      return call('PATCH', c(`/batches/${batch.id}/records/${record.id}`), owner, { version: record.version, qa: 'verified' });
    },
  },
  {
    module: 'data-entry',
    op: 'submit batch',
    route: 'POST /api/clients/{clientId}/batches/{batchId}/submit',
    run: async () => {
      const fresh = await newBatch();
      await newRecord(fresh.id);
      return call('POST', c(`/batches/${fresh.id}/submit`), agent, {});
    },
  },
  { module: 'support', op: 'get ticket', route: 'GET /api/clients/{clientId}/tickets/{ticketId}', run: () => call('GET', c(`/tickets/${ticket.id}`), agent) },
  { module: 'support', op: 'list tickets', route: 'GET /api/clients/{clientId}/tickets', run: () => call('GET', c('/tickets'), agent) },
  { module: 'support', op: 'create ticket', route: 'POST /api/clients/{clientId}/tickets', run: () => call('POST', c('/tickets'), agent, ticketBody()) },
  {
    module: 'support',
    op: 'move (open ↔ pending)',
    route: 'PATCH /api/clients/{clientId}/tickets/{ticketId}',
    run: async () => {
      const status = ticketNow.status === 'pending' ? 'open' : 'pending';
      const result = await call('PATCH', c(`/tickets/${ticket.id}`), agent, { version: ticketNow.version, status });
      if (result.status === 200) ticketNow = { version: result.body.version, status: result.body.status };
      return result;
    },
  },
  { module: 'support', op: 'create queue', route: 'POST /api/clients/{clientId}/queues', run: () => call('POST', c('/queues'), owner, { name: unique('Queue'), sla: SLA }) },
];
// Every module of the manifest is measured, and every route named here is one it serves (so budgets are found).
for (const op of ops) {
  if (!modules.find((module) => module.name === op.module)?.routes.includes(op.route)) throw new Error(`${op.module} serves no ${op.route}`);
}
const unmeasured = modules.filter((module) => !ops.some((op) => op.module === module.name)).map((module) => module.name);
if (unmeasured.length) throw new Error(`No operations for ${unmeasured.join(', ')}`);

/** The count most requests of a route made (a user's first request in a minute makes two more), and the last such sample. */
const typical = (samples: Timed[]) => {
  const frequency = new Map<number, number>();
  for (const sample of samples) frequency.set(sample.calls, (frequency.get(sample.calls) ?? 0) + 1);
  const calls = [...frequency].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  return [...samples].reverse().find((sample) => sample.calls === calls) as Timed;
};
const latencyRows: Array<Array<string | number>> = [];
const callRows: Array<Array<string | number>> = [];
const varying: string[] = [];
for (const op of ops) {
  const samples: Timed[] = [];
  for (let i = 0; i < 3 + ITERATIONS; i++) {
    const sample = await op.run();
    if (sample.status >= 400) throw new Error(`${op.route}: ${sample.status} ${JSON.stringify(sample.body)}`);
    if (i >= 3) samples.push(sample);
  }
  const ms = samples.map((sample) => sample.ms);
  latencyRows.push([op.module, op.op, `\`${op.route}\``, round(percentile(ms, 50)), round(percentile(ms, 99))]);
  const usual = typical(samples);
  const counts = samples.map((sample) => sample.calls);
  if (Math.min(...counts) !== Math.max(...counts)) varying.push(`\`${op.route}\` (${Math.min(...counts)}–${Math.max(...counts)})`);
  const budget = CALL_BUDGETS[op.route];
  callRows.push([`\`${op.route}\``, usual.calls, budget?.minimum ?? '–', budget?.budget ?? '–', round(usual.rcu), round(usual.wcu)]);
}
section(`In-process handler latency (${ITERATIONS} requests each, after 3 warm-ups; ms)`, [
  'Each request goes through the local gateway (JWT verification, an API Gateway v2 event) into the module’s Lambda handler, against DynamoDB Local; every module of functions/manifest.ts is here, with its get, list, create and a state move where it has them. Only the named request is timed. Operations that use up what they move (submit, approve, issue, a billing run, QA of a record) first create it afresh through the API in each iteration, untimed: a fresh time entry, invoice, payroll run, record or batch, and for a billing run or an issue a day of approved time. The ticket move takes one ticket back and forth between open and pending; payroll runs have a line for each of the client’s ten employees.',
  '',
  ...table(['module', 'operation', 'route', 'p50', 'p99'], latencyRows),
]);
section('DynamoDB calls and capacity per request', [
  'Counted by the SDK middleware behind `Server-Timing`: the count most of the measured requests made, and the capacity of one of them. “minimum” (the fewest calls the access patterns in docs/data-model.md allow) and “budget” (what `npm test` enforces) come from bench/call-budgets.ts; – where it has none for the route. An authenticated request’s first call is the conditional update of the caller’s member record that both authenticates and counts the request for the rate limits; a user’s first request in a minute costs two more, and the bench sets `RATE_LIMIT_TENANT_BLOCK` large so that that is the only time it does.',
  '',
  ...table(['route', 'calls', 'minimum', 'budget', 'RCU', 'WCU'], callRows),
  '',
  varying.length ? `Counts that varied across the ${ITERATIONS} requests: ${varying.join(', ')}.` : `Every route made the same number of calls in all ${ITERATIONS} requests.`,
]);

// 2. HTTP throughput of the local server.
const server = serve({ fetch: gateway.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const port = (server.address() as { port: number }).port;
const load = async (title: string, path: string, token?: string) => {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 10, duration: 5, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return [title, `\`${path.replace(client.id, '{clientId}')}\``, round(result.requests.average, 0), round(result.latency.p50), round(result.latency.p99), result.non2xx];
};
const throughput = [await load('health', '/api/health'), await load('get a client', `/api/clients/${client.id}`, owner)];
server.close();
section('HTTP throughput of the local server (autocannon, 10 connections, 5 s)', table(['request', 'path', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'], throughput));

// 3. Bundles: size and import time.
const bundleDir = mkdtempSync(join(tmpdir(), 'backdesk-bench-bundles-'));
const bundles = await buildBundles(bundleDir);
const sdkFloorKb = kilobytes((await buildSdkFloor(bundleDir)).bytes);
const importEnv = { ...process.env, CURSOR_SECRET: 'x'.repeat(32), TABLE_NAME: 'bench', AWS_REGION: 'us-east-1', POWERTOOLS_METRICS_DISABLED: 'true' };
const bundleRows = bundles.map((bundle) => {
  const samples = Array.from({ length: 5 }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(bundle.file)}); console.log(performance.now() - t);`], {
        env: importEnv,
        encoding: 'utf8',
      }).trim(),
    ),
  );
  return [
    bundle.name,
    kilobytes(bundle.bytes),
    BUNDLE_BUDGETS_KB[bundle.name] ?? '–',
    TARGET_KB,
    bundle.assetBytes ? kilobytes(bundle.assetBytes) : '–',
    round(percentile(samples, 50)),
  ];
});
rmSync(bundleDir, { recursive: true, force: true });
section('Function bundles (minified ESM, AWS SDK bundled) and import time', [
  'Import time is the median of 5 cold `import()`s of the bundle in a fresh Node process on this machine (a stand-in for the init phase of a cold start).',
  '',
  `For scale: the DynamoDB document client and the STS client alone (env-only credentials, nothing of Backdesk's), bundled with the same settings, weigh **${sdkFloorKb} KB**.`,
  '',
  'Assets are data files deployed beside a bundle and read at run time (the manifest’s `assets`): the API document, which api-docs sends as it is.',
  '',
  ...table(['function', 'KB', 'budget KB', 'target KB', 'assets KB', 'import ms'], bundleRows),
  '',
  "Where each bundle's bytes come from (KB, from esbuild's metafile):",
  '',
  ...table(
    ['function', ...BUNDLE_PART_NAMES],
    bundles.map((bundle) => [bundle.name, ...BUNDLE_PART_NAMES.map((part) => kilobytes(bundle.parts[part]))]),
  ),
]);

// 4. Billing runs at scale, and list cost as a client's data grows.
const ctx = (userId: string, role: 'agent' | 'owner', clientIds: string[]) => ({
  tenantId,
  userId,
  email: `${role}@bench.test`,
  role,
  assignedClientIds: new Set(clientIds),
});
const ownerCtx = ctx(ownerId, 'owner', []);
// On-demand, us-east-1, from November 2024: $0.625 per million write request units, $0.125 per million read request units.
const cost = (rcu: number, wcu: number) => (wcu * 0.625 + rcu * 0.125) / 1e6;
const billingRows: Array<Array<string | number>> = [];
const lifecycleRows: Array<Array<string | number>> = [];
const listRows: Array<Array<string | number>> = [];
for (const size of [100, 1_000, 10_000]) {
  const billed = (await call('POST', '/api/clients', owner, clientBody(`Billed ${size}`))).body;
  await call('PUT', `/api/clients/${billed.id}/assignments`, owner, { agentIds: [agentMember.id] });
  await putRateCard(ownerCtx, billed.id, {
    effectiveFrom: '2020-01-01',
    currency: 'USD',
    defaultRateMinor: 6000,
    rounding: { incrementMinutes: 6, mode: 'up' },
    agentRates: [],
    categoryRates: [],
    visibleToAgents: false,
  });
  const agentCtx = ctx(agentMember.id, 'agent', [client.id, billed.id]);
  // Each client's entries sit in their own stretch of 2023, 10 minutes apart (10,000 of them span ~70 days).
  const started = Date.parse({ 100: '2023-01-01', 1000: '2023-02-01', 10000: '2023-04-01' }[size] ?? '2023-01-01');
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const start = started + i * 10 * 60_000;
    const created = await createEntry(agentCtx, { clientId: billed.id, startedAt: new Date(start).toISOString(), endedAt: new Date(start + 7 * 60_000).toISOString(), billable: true, category: 'general', note: '' });
    ids.push(created.id);
  }
  for (let i = 0; i < ids.length; i += 40) {
    await moveEntries(agentCtx, 'submit', ids.slice(i, i + 40));
    await moveEntries(ownerCtx, 'approve', ids.slice(i, i + 40));
  }
  if (size === 100 || size === 10_000) {
    const listSamples: Timed[] = [];
    for (let i = 0; i < 23; i++) listSamples.push(await call('GET', `/api/time-entries?clientId=${billed.id}&limit=25`, owner));
    const measured = listSamples.slice(3);
    listRows.push([size, round(percentile(measured.map((s) => s.ms), 50)), round(percentile(measured.map((s) => s.ms), 99)), measured.at(-1)?.calls ?? 0, round(measured.at(-1)?.rcu ?? 0)]);
  }
  const first = new Date(started).toISOString().slice(0, 10);
  const last = new Date(started + size * 10 * 60_000).toISOString().slice(0, 10);
  const t0 = performance.now();
  const { result, metrics } = await measureDynamoCalls(() => runBilling(ownerCtx, billed.id, { periodStart: first, periodEnd: last }));
  const seconds = (performance.now() - t0) / 1000;
  const entries = result.lines.reduce((n, line) => n + line.entryIds.length, 0);
  billingRows.push([size, entries, round(seconds, 2), metrics.calls, round(metrics.readUnits), round(metrics.writeUnits), `$${cost(metrics.readUnits, metrics.writeUnits).toFixed(5)}`]);
  // Then the invoice's life through the API: an invoice of any size must issue and void.
  const invoicePath = `/api/clients/${billed.id}/billing-invoices/${result.id}`;
  const moves = [];
  for (const action of ['issue', 'void']) {
    const moved = await call('POST', `${invoicePath}/${action}`, owner);
    if (moved.status !== 200) throw new Error(`${action} of a ${size}-entry invoice: ${moved.status} ${JSON.stringify(moved.body)}`);
    moves.push(moved);
  }
  lifecycleRows.push([size, ...moves.flatMap((moved) => [round(moved.ms), moved.calls, round(moved.wcu)])]);
}
section('Billing runs', [
  'A run over n approved entries of one client, end to end through the service (read, price, mark in chunks of 90, finish). Cost is projected from the capacity DynamoDB Local reports, at on-demand prices (us-east-1: $0.625 per million write request units, $0.125 per million read request units).',
  '',
  ...table(['entries', 'billed', 'seconds', 'DynamoDB calls', 'RCU', 'WCU', 'on-demand cost'], billingRows),
  '',
  'The invoice each run made, then issued and voided through the API (void releases every entry, in chunks):',
  '',
  ...table(['entries', 'issue ms', 'issue calls', 'issue WCU', 'void ms', 'void calls', 'void WCU'], lifecycleRows),
]);
section('Listing a client’s time as its data grows', [
  'GET /api/time-entries?clientId=…&limit=25 (20 requests after 3 warm-ups): one Query on the client’s index per page, whatever the client’s size.',
  '',
  ...table(['entries of the client', 'p50 ms', 'p99 ms', 'DynamoDB calls', 'RCU'], listRows),
]);

// 5. Against the targets of issue 9.
const overTarget = bundleRows.filter((row) => Number(row[1]) > TARGET_KB).map((row) => row[0]);
const readsOver = callRows.filter((row) => String(row[0]).startsWith('`GET') && Number(row[1]) > 2).map((row) => `${row[0]} (${row[1]})`);
const writesOver = callRows.filter((row) => !String(row[0]).startsWith('`GET') && Number(row[1]) > 3).map((row) => `${row[0]} (${row[1]})`);
const tenK = billingRows.find((row) => row[0] === 10_000) ?? [];
section('Against the targets', [
  `- Bundles at most ${TARGET_KB} KB: **${overTarget.length === 0 ? 'met' : `not met`}**${overTarget.length ? ` (${overTarget.length} of ${bundleRows.length} functions are over: ${overTarget.join(', ')}). The AWS SDK clients every function needs (DynamoDB and STS, bundled in as the issue asks) are ${sdkFloorKb} KB before any of Backdesk's code, so the target leaves almost nothing for hono, zod/mini, the Powertools logger and metrics, and the modules themselves (the table of where the bytes go, above). Taken so far: zod/mini in the functions (the OpenAPI document is built from the same schemas against classic zod at build time), the OpenAPI document generated at build time, env-only credentials, no X-Ray SDK, presigning without the S3 client, and pdf-lib only in invoice-pdfs. Budgets in bench/bundle-budgets.ts stop growth.` : ''}`,
  `- Reads at most 2 DynamoDB calls: ${readsOver.length === 0 ? '**met**' : `**not met** for ${readsOver.join(', ')} (bench/call-budgets.ts says why, for the routes it covers)`}.`,
  `- Writes at most 3 calls: ${writesOver.length === 0 ? '**met**' : `**not met** for ${writesOver.join(', ')} (bench/call-budgets.ts says why, for the routes it covers)`}.`,
  `- No Scan in a request path: **met** (the data layer has no Scan; the IAM policy of the tenant-access role allows none).`,
  `- List cost flat as a client grows: **${listRows.length === 2 && listRows[0]?.[3] === listRows[1]?.[3] ? 'met' : 'not met'}** (${listRows.map((row) => `${row[0]} entries: ${row[3]} calls`).join(', ')}).`,
  `- A 10,000-entry billing run under 60 s locally and at most $0.02: **${Number(tenK[2]) < 60 && Number(String(tenK[6]).slice(1)) <= 0.02 ? 'met' : 'not met'}** (${tenK[2]} s, ${tenK[6]}).`,
]);

await stack?.stop();
rmSync(dataDir, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
writeFileSync(
  join(projectRoot, 'docs', 'benchmarks.md'),
  [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}. DynamoDB Local (in memory) and s3rver on the same machine, so absolute times are this laptop’s, not AWS’s; call counts and capacity units carry over to AWS.`,
    '',
    'Reproduce: `npm install && npm run bench` (needs Java for DynamoDB Local; takes a few minutes, most of it creating the 11,100 time entries for the billing runs).',
    '',
    ...report,
  ].join('\n'),
);
console.log('\nWrote docs/benchmarks.md');
process.exit(0);
