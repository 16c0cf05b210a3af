import { beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiResponse } from '../support/api.ts';
import { Fixtures, ok } from '../support/fixtures.ts';
import { loadOperations, type Operation } from '../support/openapi.ts';
import { defaultReads, describeResponse, recipesFor } from './harness.ts';
import type { Attempt } from './isolation-cases.ts';

/**
 * Concurrency against DynamoDB Local (issue 8, part 4), over the operations of the OpenAPI document:
 * two writers on one resource (every PATCH: one wins, the other gets 409, and the stored resource is
 * the winner's), twenty concurrent requests with one Idempotency-Key (every create: one creation, the
 * same response for all), and racing state moves (every move raced with itself, and the moves that
 * compete for one state raced with each other: exactly one wins).
 */
const { operations } = await loadOperations();
let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

const send = (operation: Pick<Operation, 'method'>, attempt: Attempt, headers: Record<string, string> = {}) =>
  api(operation.method, attempt.path, { token: attempt.as, headers, ...(attempt.body === undefined ? {} : { body: attempt.body }) });

const statuses = (responses: ApiResponse[]) => responses.map((response) => response.status).sort();

async function auditSince(from: string): Promise<Array<{ action: string; entityId: string }>> {
  return ok('audit', await api('GET', `/api/audit?from=${from}&limit=100`, { token: f.a.owner.token }), 200).items;
}

const patches = operations.filter((operation) => operation.method === 'PATCH');
/** A create: a POST on a collection (its path ends in a collection, not an action on an id). */
const creates = operations.filter(
  (operation) => operation.method === 'POST' && recipesFor(operation).length > 0 && operations.some((o) => o.method === 'GET' && o.path === operation.path),
);
/** A move: a POST action on one resource (…/{id}/approve) or on entries named in the body. */
const moves = operations.filter(
  (operation) => operation.method === 'POST' && recipesFor(operation).length > 0 && !creates.includes(operation) && /\/[a-z-]+$/.test(operation.path) && operation.key !== 'POST /api/timer/start',
);

describe('two writers on one resource', () => {
  it('covers every PATCH', () => {
    expect(patches.length).toBeGreaterThanOrEqual(8);
  });

  for (const operation of patches) {
    it(`${operation.key}: two writers with the same version: one 200, one 409, and the stored resource is the winner's`, async () => {
      const attempt = await (recipesFor(operation)[0] as NonNullable<ReturnType<typeof recipesFor>[0]>)(f, operation);
      const [read] = defaultReads(operations, operation, attempt) as [string];
      const responses = await Promise.all([send(operation, attempt), send(operation, attempt)]);
      expect(statuses(responses), responses.map(describeResponse).join(' | ')).toEqual([200, 409]);
      const loser = responses.find((response) => response.status === 409) as ApiResponse;
      expect(['version_conflict', 'invalid_transition']).toContain(loser.body.error.code);
      const winner = (responses.find((response) => response.status === 200) as ApiResponse).body;
      const stored = await f.read(read);
      const resource = Array.isArray(stored.items) ? stored.items.find((item: { id: string }) => item.id === winner.id) : stored;
      // No lost update: what is stored is exactly what the winner was told, one version on.
      expect({ version: resource.version, updatedAt: resource.updatedAt }).toEqual({ version: winner.version, updatedAt: winner.updatedAt });
      expect(winner.version).toBe((attempt.body as { version: number }).version + 1);
    });
  }
});

describe('twenty concurrent requests with one Idempotency-Key', () => {
  it('covers every create', () => {
    expect(creates.length).toBeGreaterThanOrEqual(12);
  });

  for (const operation of creates) {
    it(`${operation.key}: one creation, and the same response for all twenty`, async () => {
      const attempt = await (recipesFor(operation)[0] as NonNullable<ReturnType<typeof recipesFor>[0]>)(f, operation);
      const from = new Date().toISOString();
      const headers = { 'idempotency-key': `burst-${operation.key}-${Date.now()}` };
      const responses = await Promise.all(Array.from({ length: 20 }, () => send(operation, attempt, headers)));
      expect(responses[0]?.status, describeResponse(responses[0] as ApiResponse)).toBe(attempt.expect);
      for (const response of responses) {
        expect({ status: response.status, body: response.body }).toEqual({ status: responses[0]?.status, body: responses[0]?.body });
      }
      // One creation: one audit record of its kind since the burst began.
      const created = (await auditSince(from)).filter((record) => record.action.endsWith('.create') || record.action.endsWith('.invite'));
      const kinds = new Map<string, Set<string>>();
      for (const record of created) kinds.set(record.action, new Set([...(kinds.get(record.action) ?? []), record.entityId]));
      for (const [action, ids] of kinds) expect(ids.size, `${action} records`).toBe(1);
    });
  }
});

describe('racing state moves', () => {
  it('covers every move', () => {
    expect(moves.length).toBeGreaterThanOrEqual(20);
  });

  for (const operation of moves) {
    const additive = operation.path.endsWith('/record-payment');
    const title = additive ? 'five payments at once: each one that answers 200 is counted once, no lost update' : 'five at once, exactly one wins';
    it(`${operation.key}: ${title}`, async () => {
      const attempt = await (recipesFor(operation)[0] as NonNullable<ReturnType<typeof recipesFor>[0]>)(f, operation);
      const resourcePath = attempt.path.replace(/\/[a-z-]+$/, '');
      const paidBefore = additive ? (await f.read(resourcePath)).amountPaidMinor : 0;
      const responses = await Promise.all(Array.from({ length: 5 }, () => send(operation, attempt)));
      const won = responses.filter((response) => response.status === attempt.expect);
      // Losers are refused: the state moved on (409), or the next move from it is not theirs to make (403).
      for (const response of responses.filter((r) => r.status !== attempt.expect)) {
        expect([403, 409], describeResponse(response)).toContain(response.status);
        expect(typeof response.body.error.code).toBe('string');
      }
      if (additive) {
        // Payments add up: two partial payments are two payments. None may be lost or counted twice.
        expect(won.length).toBeGreaterThanOrEqual(1);
        const paid = (await f.read(resourcePath)).amountPaidMinor;
        expect(paid).toBe(paidBefore + won.length * (attempt.body as { amountMinor: number }).amountMinor);
      } else {
        expect(won, responses.map(describeResponse).join(' | ')).toHaveLength(1);
      }
    });
  }

  /** Moves that compete for the same state: whichever commits first wins, the other gets 409. */
  const rivals: Array<[string, () => Promise<Array<{ path: string; body?: unknown; token: string }>>]> = [
    [
      'an invoice approved and rejected at once',
      async () => {
        const { invoiceId } = await f.invoice('pending_approval');
        const path = `/api/clients/${f.a.c1}/invoices/${invoiceId}`;
        return [
          { path: `${path}/approve`, body: {}, token: f.a.reviewer.token },
          { path: `${path}/reject`, body: { reason: 'No' }, token: f.a.reviewer.token },
        ];
      },
    ],
    [
      'an invoice paid in full and voided at once',
      async () => {
        const { invoiceId } = await f.invoice('sent');
        const path = `/api/clients/${f.a.c1}/invoices/${invoiceId}`;
        const { totalMinor } = await f.read(path);
        return [
          { path: `${path}/record-payment`, body: { amountMinor: totalMinor }, token: f.a.agent.token },
          { path: `${path}/void`, body: {}, token: f.a.manager.token },
        ];
      },
    ],
    [
      'a payroll run approved and rejected at once',
      async () => {
        const { runId } = await f.run('pending_approval');
        const path = `/api/clients/${f.a.c1}/payroll-runs/${runId}`;
        return [
          { path: `${path}/approve`, body: {}, token: f.a.reviewer.token },
          { path: `${path}/reject`, body: { reason: 'No' }, token: f.a.reviewer.token },
        ];
      },
    ],
    [
      'a batch accepted and sent back at once',
      async () => {
        const { batchId } = await f.batch('pending_approval');
        const path = `/api/clients/${f.a.c1}/batches/${batchId}`;
        return [
          { path: `${path}/approve`, token: f.a.reviewer.token },
          { path: `${path}/reject`, body: { reason: 'No' }, token: f.a.manager.token },
        ];
      },
    ],
    [
      'a billing invoice paid in full and voided at once',
      async () => {
        const { billingInvoiceId } = await f.billingInvoice('issued');
        const path = `/api/clients/${f.a.c1}/billing-invoices/${billingInvoiceId}`;
        const { totalMinor } = await f.read(path);
        return [
          { path: `${path}/record-payment`, body: { amountMinor: totalMinor }, token: f.a.owner.token },
          { path: `${path}/void`, token: f.a.owner.token },
        ];
      },
    ],
    [
      'time entries approved and rejected at once',
      async () => {
        const { entryId } = await f.entry('submitted');
        return [
          { path: '/api/time-entries/approve', body: { ids: [entryId] }, token: f.a.manager.token },
          { path: '/api/time-entries/reject', body: { ids: [entryId], reason: 'No' }, token: f.a.owner.token },
        ];
      },
    ],
  ];

  for (const [name, arrange] of rivals) {
    it(`${name}: exactly one wins, and the resource shows that one`, async () => {
      const requests = await arrange();
      const responses = await Promise.all(requests.map((request) => api('POST', request.path, { token: request.token, ...(request.body === undefined ? {} : { body: request.body }) })));
      expect(statuses(responses), responses.map(describeResponse).join(' | ')).toEqual([200, 409]);
      const winner = responses.find((response) => response.status === 200) as ApiResponse;
      const won = Array.isArray(winner.body.items) ? winner.body.items[0] : winner.body;
      const readPath = won.clientId && !requests[0]?.path.startsWith('/api/time-entries') ? (requests[0]?.path.replace(/\/[a-z-]+$/, '') as string) : `/api/time-entries/${won.id}`;
      const stored = await f.read(readPath);
      expect({ status: stored.status, version: stored.version }).toEqual({ status: won.status, version: won.version });
    });
  }
});
