import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_BUDGETS } from '../../bench/call-budgets.ts';
import { api } from '../support/api.ts';
import { inSteadyWindow } from '../support/rate-window.ts';
import { at, logTime, move } from '../support/time.ts';
import { buildWorld, clientInput, type World } from '../support/world.ts';

/**
 * Counts, never timings: each route's DynamoDB calls (from Server-Timing) must stay within the budget
 * in bench/call-budgets.ts, so a change that adds a read or a write to a request path fails here. Each
 * request is measured as an ordinary one, not its user's first in a minute (see inSteadyWindow).
 */
let world: World;
const requests: Array<{ route: string; method: string; path: string; token: () => string; body?: unknown }> = [];

function calls(header: string | null): number {
  const match = /desc="(\d+) calls/.exec(header ?? '');
  if (!match) throw new Error(`No Server-Timing: ${header}`);
  return Number(match[1]);
}

beforeAll(async () => {
  world = await buildWorld();
  const owner = () => world.a.owner.token;
  const agent = () => world.a.agent.token;
  const c1 = world.a.c1;
  const entry = await logTime(world.a.agent.token, { clientId: c1, startedAt: at(3, 9), endedAt: at(3, 10) });
  await move(world.a.agent.token, 'submit', [entry.id]);
  await move(world.a.manager.token, 'approve', [entry.id]);
  const open = await logTime(world.a.agent.token, { clientId: c1, startedAt: at(3, 11), endedAt: at(3, 12) });
  await api('PUT', `/api/clients/${c1}/rates`, { token: owner(), body: { effectiveFrom: at(30, 0).slice(0, 10), currency: 'USD', defaultRateMinor: 5000 } });
  const billing = await api('POST', `/api/clients/${c1}/billing-invoices`, {
    token: owner(),
    body: { periodStart: at(5, 0).slice(0, 10), periodEnd: at(1, 0).slice(0, 10) },
  });
  const invoice = await api('POST', `/api/clients/${c1}/invoices`, {
    token: agent(),
    body: { customer: { name: 'Budget Customer' }, issueDate: '2026-11-02', dueDate: '2026-11-30', lines: [{ description: 'Work', quantity: 1, unitPriceMinor: 1000, taxRateBps: 0 }] },
  });
  const queue = await api('POST', `/api/clients/${c1}/queues`, {
    token: owner(),
    body: {
      name: 'Support',
      sla: { firstResponseMinutes: { urgent: 30, high: 60, normal: 240, low: 480 }, resolutionMinutes: { urgent: 240, high: 480, normal: 1440, low: 2880 } },
    },
  });
  const ticket = await api('POST', `/api/clients/${c1}/tickets`, {
    token: agent(),
    body: { queueId: queue.body.id, subject: 'Help', requester: { name: 'R', email: 'r@example.test' }, priority: 'normal', body: 'Please' },
  });
  const batch = await api('POST', `/api/clients/${c1}/batches`, {
    token: agent(),
    body: { name: 'Budgeted batch', fields: [{ name: 'vendor', type: 'string', required: true }] },
  });
  const add = (route: string, path: string, token = owner, body?: unknown) => {
    requests.push({ route, method: route.split(' ')[0] as string, path, token, ...(body ? { body } : {}) });
  };
  add('GET /api/health', '/api/health');
  add('GET /api/me', '/api/me');
  add('GET /api/clients', '/api/clients');
  add('GET /api/clients/{clientId}', `/api/clients/${c1}`);
  add('POST /api/clients', '/api/clients', owner, clientInput('Budgeted'));
  add('PATCH /api/clients/{clientId}', `/api/clients/${world.a.c2}`, owner, { version: 1, name: 'Client Two (renamed)' });
  add('GET /api/members', '/api/members');
  add('GET /api/clients/{clientId}/assignments', `/api/clients/${c1}/assignments`);
  add('GET /api/time-entries/{entryId}', `/api/time-entries/${entry.id}`);
  add('GET /api/time-entries', `/api/time-entries?clientId=${c1}`);
  add('POST /api/time-entries', '/api/time-entries', agent, { clientId: c1, startedAt: at(2, 9), endedAt: at(2, 10) });
  add('POST /api/time-entries/submit', '/api/time-entries/submit', agent, { ids: [open.id] });
  add('GET /api/clients/{clientId}/usage', `/api/clients/${c1}/usage`);
  add('GET /api/clients/{clientId}/rates', `/api/clients/${c1}/rates`);
  add('GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}', `/api/clients/${c1}/billing-invoices/${billing.body.id}`);
  add('GET /api/clients/{clientId}/billing-invoices', `/api/clients/${c1}/billing-invoices`);
  add('GET /api/clients/{clientId}/invoices/{invoiceId}', `/api/clients/${c1}/invoices/${invoice.body.id}`);
  add('GET /api/clients/{clientId}/invoices', `/api/clients/${c1}/invoices`);
  add('POST /api/clients/{clientId}/invoices', `/api/clients/${c1}/invoices`, agent, {
    customer: { name: 'Budget Customer' },
    issueDate: '2026-11-02',
    dueDate: '2026-11-30',
    lines: [{ description: 'More work', quantity: 2, unitPriceMinor: 500, taxRateBps: 1000 }],
  });
  add('POST /api/clients/{clientId}/invoices/{invoiceId}/submit', `/api/clients/${c1}/invoices/${invoice.body.id}/submit`, agent);
  add('GET /api/clients/{clientId}/tickets/{ticketId}', `/api/clients/${c1}/tickets/${ticket.body.id}`);
  add('GET /api/clients/{clientId}/tickets', `/api/clients/${c1}/tickets`);
  add('GET /api/clients/{clientId}/batches/{batchId}', `/api/clients/${c1}/batches/${batch.body.id}`);
  add('GET /api/audit', '/api/audit');
});

describe('DynamoDB call budgets', () => {
  it('every budgeted route is measured', () => {
    expect(requests.map((r) => r.route).sort()).toEqual(Object.keys(CALL_BUDGETS).sort());
  });

  it('no route makes more DynamoDB calls than its budget', async () => {
    const over: string[] = [];
    for (const request of requests) {
      if (request.route !== 'GET /api/health') await inSteadyWindow(request.token());
      const response = await api(request.method, request.path, { token: request.token(), ...(request.body ? { body: request.body } : {}) });
      expect(response.status, `${request.route}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      const made = calls(response.headers.get('server-timing'));
      const budget = CALL_BUDGETS[request.route]?.budget ?? 0;
      if (made > budget) over.push(`${request.route}: ${made} calls, budget ${budget}`);
    }
    expect(over).toEqual([]);
  });
});
