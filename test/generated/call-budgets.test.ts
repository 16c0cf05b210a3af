import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_BUDGETS } from '../../bench/call-budgets.ts';
import { api, PASSWORD, uniqueEmail } from '../support/api.ts';
import { Fixtures, ok } from '../support/fixtures.ts';
import { loadOperations, type Operation } from '../support/openapi.ts';
import { inSteadyWindow } from '../support/rate-window.ts';
import { clientInput } from '../support/world.ts';
import { describeResponse, recipesFor, send } from './harness.ts';
import type { Attempt } from './isolation-cases.ts';

/**
 * Counts, never timings (issue 9): every operation the OpenAPI document lists must have a budget in
 * bench/call-budgets.ts, and its positive control from the generated isolation suite (the request the
 * right user makes on a real resource, test/generated/isolation-cases.ts) must make no more DynamoDB
 * calls than that budget, as counted by Server-Timing. So a change that adds a read or a write to any
 * request path fails here, and so does a new route without a budget. Each request is measured as an
 * ordinary one, not its user's first in a minute (see inSteadyWindow).
 */
const { operations } = await loadOperations();
let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

/**
 * The operations the isolation suite exempts (they name nobody else's resource), with a request of
 * their own to measure. Public ones carry no token.
 */
const exemptRequests: Record<string, (f: Fixtures) => Promise<Attempt> | Attempt> = {
  'GET /api/health': () => ({ ids: {}, path: '/api/health', as: '', expect: 200 }),
  'POST /api/auth/login': async (f) => {
    const email = uniqueEmail('budget');
    const invited = await api('POST', '/api/members', { token: f.a.owner.token, body: { email, name: 'Budget Manager', role: 'manager', password: PASSWORD } });
    ok('invite', invited, 201);
    return { ids: {}, path: '/api/auth/login', body: { email, password: PASSWORD }, as: '', expect: 200 };
  },
  'POST /api/signup': () => ({
    ids: {},
    path: '/api/signup',
    body: { firmName: 'Budget Firm', name: 'Budget Owner', email: uniqueEmail('budget-owner'), password: PASSWORD },
    as: '',
    expect: 201,
  }),
  'GET /api/me': (f) => ({ ids: {}, path: '/api/me', as: f.a.agent.token, expect: 200 }),
  'GET /api/members': (f) => ({ ids: {}, path: '/api/members', as: f.a.owner.token, expect: 200 }),
  'GET /api/clients': (f) => ({ ids: {}, path: '/api/clients', as: f.a.owner.token, expect: 200 }),
  'POST /api/clients': (f) => ({ ids: {}, path: '/api/clients', body: clientInput(f.unique('Budgeted')), as: f.a.owner.token, expect: 201 }),
  'GET /api/timer': (f) => ({ ids: {}, path: '/api/timer', as: f.a.agent.token, expect: 200 }),
  'POST /api/timer/stop': async (f) => {
    // A timer stopped at once still records a second: let the one the timer/start recipe stopped end first.
    await new Promise((done) => setTimeout(done, 1100));
    ok('start', await api('POST', '/api/timer/start', { token: f.a.agent.token, body: { clientId: f.a.c1, note: 'budget' } }), 200);
    return { ids: {}, path: '/api/timer/stop', as: f.a.agent.token, expect: 200 };
  },
};

function attemptsFor(operation: Operation): Array<(f: Fixtures) => Promise<Attempt> | Attempt> {
  const exempt = exemptRequests[operation.key];
  if (exempt) return [exempt];
  return recipesFor(operation).map((recipe) => (fixtures: Fixtures) => recipe(fixtures, operation));
}

/**
 * Writes first, then reads, so that the lists read have something in them: an owner's or manager's list
 * that comes back empty reads the client as well (a made-up client must answer 404, not an empty page),
 * and is allowed that one call more.
 */
const measuredOrder = () => [...operations.filter((operation) => operation.method !== 'GET'), ...operations.filter((operation) => operation.method === 'GET')];

const isEmptyPage = (body: unknown) => Array.isArray((body as { items?: unknown[] } | undefined)?.items) && (body as { items: unknown[] }).items.length === 0;

function calls(header: string | null): number {
  const match = /desc="(\d+) calls/.exec(header ?? '');
  if (!match) throw new Error(`No Server-Timing: ${header}`);
  return Number(match[1]);
}

describe('DynamoDB call budgets', () => {
  it('every documented operation has a budget and a request to measure, and every budget a documented operation', () => {
    const documented = operations.map((operation) => operation.key);
    expect(documented.filter((key) => !(key in CALL_BUDGETS)), 'add a budget to bench/call-budgets.ts').toEqual([]);
    expect(Object.keys(CALL_BUDGETS).filter((key) => !documented.includes(key)), 'budgets for operations the document no longer has').toEqual([]);
    expect(operations.filter((operation) => attemptsFor(operation).length === 0).map((operation) => operation.key)).toEqual([]);
    for (const [key, { budget, minimum }] of Object.entries(CALL_BUDGETS)) expect(minimum, key).toBeLessThanOrEqual(budget);
  });

  it('no operation makes more DynamoDB calls than its budget', { timeout: 240_000 }, async () => {
    const over: string[] = [];
    const measured: string[] = [];
    for (const operation of measuredOrder()) {
      for (const attempt of attemptsFor(operation)) {
        const request = await attempt(f);
        if (request.as) await inSteadyWindow(request.as);
        const response = await send(operation, request.path, request.body, request.as || undefined);
        expect(response.status, `${operation.key}: ${describeResponse(response)}`).toBe(request.expect);
        const made = calls(response.headers.get('server-timing'));
        const budget = (CALL_BUDGETS[operation.key]?.budget ?? 0) + (isEmptyPage(response.body) ? 1 : 0);
        measured.push(`${operation.key}: ${made}${isEmptyPage(response.body) ? ' (empty page)' : ''}`);
        if (made > budget) over.push(`${operation.key} (${request.path}): ${made} calls, budget ${budget}`);
        await request.cleanup?.();
      }
    }
    if (process.env.CALL_BUDGETS_REPORT) console.log(measured.join('\n'));
    expect(over).toEqual([]);
  });
});
