import { Readable } from 'node:stream';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, type ApiResponse } from '../support/api.ts';
import { Fixtures, invoiceBody, ok } from '../support/fixtures.ts';
import { clientInput } from '../support/world.ts';
import { describeResponse } from './harness.ts';

/**
 * Faults at each step of the multi-step operations (issue 8, part 3). For each operation, a clean run
 * records the DynamoDB calls it makes; then, on a fresh resource each time, the k-th call fails as the
 * SDK reports it once its own retries have run out (throttling, exhausted throughput, a timeout, a
 * reset connection, a transaction cancelled by a conflict). The request answers 503 with Retry-After
 * and nothing it meant to change has changed, or (a fault after the change committed) it answers as
 * the clean run did; and the same request retried with the same Idempotency-Key completes exactly
 * once, and a further retry replays it.
 *
 * The SDK's own retries (backoff with jitter, at most `maxAttempts`) are checked below the client, on
 * the HTTP handler, in the last describe block.
 */
const presignFault = vi.hoisted(() => ({ error: undefined as Error | undefined }));
vi.mock('@aws-sdk/s3-request-presigner', async (importOriginal) => {
  const real = await importOriginal<typeof import('@aws-sdk/s3-request-presigner')>();
  class S3RequestPresigner extends real.S3RequestPresigner {
    override presign(...args: Parameters<InstanceType<typeof real.S3RequestPresigner>['presign']>) {
      return presignFault.error ? Promise.reject(presignFault.error) : super.presign(...args);
    }
  }
  return { ...real, S3RequestPresigner };
});

let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

type Stub = AwsStub<object, never, unknown> & { send: any };
let stub: Stub | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
  presignFault.error = undefined;
});

const original = DynamoDBDocumentClient.prototype.send;

/** Every DynamoDB call goes through, and is recorded by command name. */
function recordCalls(): string[] {
  const names: string[] = [];
  stub = mockClient(DynamoDBDocumentClient) as unknown as Stub;
  stub.send.callsFake(function (this: DynamoDBDocumentClient, command: { constructor: { name: string } }) {
    names.push(command.constructor.name);
    return (original as (command: unknown) => Promise<unknown>).call(this, command);
  });
  return names;
}

type Fault = (command: { constructor: { name: string } }) => Error;
const named = (name: string, extra: Record<string, unknown> = {}) => () => Object.assign(new Error(name), { name, $metadata: {}, ...extra });
/** Errors the SDK surfaces once its retries are spent, cycled over the steps. */
const FAULTS: Array<[string, Fault]> = [
  ['throttling', named('ThrottlingException')],
  ['throughput exceeded', named('ProvisionedThroughputExceededException')],
  ['a timeout', named('TimeoutError')],
  [
    'a cancelled transaction (or, outside one, throttling)',
    (command) =>
      command.constructor === TransactWriteCommand
        ? Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
            $metadata: {},
          })
        : named('RequestLimitExceeded')(),
  ],
  ['a reset connection', named('Error', { code: 'ECONNRESET', message: 'socket hang up' })],
];

/** The k-th DynamoDB call (1-based) fails with `fault`; every other call goes through. */
function failCall(k: number, fault: Fault) {
  let count = 0;
  stub = mockClient(DynamoDBDocumentClient) as unknown as Stub;
  stub.send.callsFake(function (this: DynamoDBDocumentClient, command: { constructor: { name: string } }) {
    count += 1;
    if (count === k) return Promise.reject(fault(command));
    return (original as (command: unknown) => Promise<unknown>).call(this, command);
  });
}

function restore() {
  stub?.restore();
  stub = undefined;
}

interface Scenario {
  /** A fresh resource and the request to make on it. */
  arrange: () => Promise<{ method: string; path: string; body?: unknown; token: string; facts: () => Promise<unknown>; cleanup?: (response: ApiResponse) => Promise<void> }>;
  status: number;
}

let keyCount = 0;
const newKey = () => `fault-${Date.now()}-${keyCount++}`;

async function runScenario(name: string, scenario: Scenario) {
  // A clean run: the DynamoDB calls the request makes, and the facts before and after.
  const clean = await scenario.arrange();
  const factsBefore = await clean.facts();
  const calls = recordCalls();
  const cleanResponse = await api(clean.method, clean.path, { token: clean.token, body: clean.body, headers: { 'idempotency-key': newKey() } });
  restore();
  expect(cleanResponse.status, `${name}, clean run: ${describeResponse(cleanResponse)}`).toBe(scenario.status);
  const factsAfter = await clean.facts();
  expect(factsAfter, `${name}: the clean run changes something`).not.toEqual(factsBefore);
  await clean.cleanup?.(cleanResponse);

  const problems: string[] = [];
  for (let k = 1; k <= calls.length; k++) {
    const [faultName, fault] = FAULTS[(k - 1) % FAULTS.length] as [string, Fault];
    const step = `${name}, call ${k}/${calls.length} (${calls[k - 1]}) fails with ${faultName}`;
    const run = await scenario.arrange();
    const key = newKey();
    const send = () => api(run.method, run.path, { token: run.token, body: run.body, headers: { 'idempotency-key': key } });
    const shapeBefore = await run.facts();
    expect(shapeBefore, step).toEqual(factsBefore);

    failCall(k, fault);
    const first = await send();
    restore();
    const factsNow = await run.facts();
    if (first.status === 503) {
      if (first.headers.get('retry-after') === null) problems.push(`${step}: 503 without Retry-After`);
      if (JSON.stringify(factsNow) !== JSON.stringify(factsBefore)) problems.push(`${step}: 503, but a partial write: ${JSON.stringify(factsNow)}`);
    } else if (first.status === scenario.status) {
      if (JSON.stringify(factsNow) !== JSON.stringify(factsAfter)) problems.push(`${step}: ${first.status}, but not the whole change: ${JSON.stringify(factsNow)}`);
    } else {
      problems.push(`${step}: ${describeResponse(first)}; expected 503 with Retry-After, or ${scenario.status}`);
    }

    // The client retries with the same key: it completes exactly once; a further retry replays it.
    const retried = await send();
    if (retried.status !== scenario.status) problems.push(`${step}, retried: ${describeResponse(retried)}`);
    const again = await send();
    if (again.status !== retried.status || JSON.stringify(again.body) !== JSON.stringify(retried.body)) {
      problems.push(`${step}, retried twice: ${describeResponse(again)} is not the replay of ${describeResponse(retried)}`);
    }
    const factsFinal = await run.facts();
    if (JSON.stringify(factsFinal) !== JSON.stringify(factsAfter)) problems.push(`${step}: after the retries ${JSON.stringify(factsFinal)}, not exactly once`);
    await run.cleanup?.(retried);
  }
  expect(problems).toEqual([]);
}

const since = () => new Date(Date.now() - 1000).toISOString();

/** How many audit records name `entityId` since `from`: each change writes exactly one. */
async function auditCount(entityId: string, from: string): Promise<number> {
  const page = ok('audit', await api('GET', `/api/audit?clientId=${f.a.c1}&from=${from}&limit=100`, { token: f.a.owner.token }), 200);
  return page.items.filter((record: { entityId: string }) => record.entityId === entityId).length;
}

describe('faults at each step of the multi-step operations', () => {
  it('an idempotent create (an invoice: number, customer, invoice and audit)', async () => {
    await runScenario('create invoice', {
      status: 201,
      arrange: async () => {
        const body = invoiceBody(f.unique('Faulty Customer'));
        const name = body.customer.name;
        return {
          method: 'POST',
          path: `/api/clients/${f.a.c1}/invoices`,
          body,
          token: f.a.agent.token,
          facts: async () => {
            const customers = ok('customers', await api('GET', `/api/clients/${f.a.c1}/customers?q=${encodeURIComponent(name)}`, { token: f.a.owner.token }), 200).items;
            const invoices = customers[0]
              ? ok('invoices', await api('GET', `/api/clients/${f.a.c1}/invoices?customerId=${customers[0].id}`, { token: f.a.owner.token }), 200).items
              : [];
            return { customers: customers.length, invoices: invoices.length };
          },
        };
      },
    });
  });

  it('an invoice move (approve by the client reviewer)', async () => {
    await runScenario('approve invoice', {
      status: 200,
      arrange: async () => {
        const from = since();
        const { invoiceId } = await f.invoice('pending_approval');
        const path = `/api/clients/${f.a.c1}/invoices/${invoiceId}`;
        return {
          method: 'POST',
          path: `${path}/approve`,
          body: {},
          token: f.a.reviewer.token,
          facts: async () => {
            const invoice = await f.read(path);
            return { status: invoice.status, version: invoice.version, audit: await auditCount(invoiceId, from) };
          },
        };
      },
    });
  });

  it('a payroll move (mark paid)', async () => {
    await runScenario('mark payroll paid', {
      status: 200,
      arrange: async () => {
        const from = since();
        const { runId } = await f.run('approved');
        const path = `/api/clients/${f.a.c1}/payroll-runs/${runId}`;
        return {
          method: 'POST',
          path: `${path}/mark-paid`,
          body: {},
          token: f.a.manager.token,
          facts: async () => {
            const run = await f.read(path);
            return { status: run.status, version: run.version, audit: await auditCount(runId, from) };
          },
        };
      },
    });
  });

  it('stopping a timer (the entry, its days, the usage counter and the timer, in one transaction)', async () => {
    await runScenario('stop timer', {
      status: 200,
      arrange: async () => {
        const note = f.unique('fault');
        const from = new Date(Date.now() - 60_000).toISOString();
        ok('start', await api('POST', '/api/timer/start', { token: f.a.agent.token, body: { clientId: f.a.c1, note } }), 200);
        return {
          method: 'POST',
          path: '/api/timer/stop',
          token: f.a.agent.token,
          facts: async () => {
            const timer = ok('timer', await api('GET', '/api/timer', { token: f.a.agent.token }), 200);
            const entries = ok('entries', await api('GET', `/api/time-entries?from=${from}&limit=100`, { token: f.a.agent.token }), 200).items;
            return { running: timer.running, entries: entries.filter((entry: { note: string }) => entry.note === note).length };
          },
          // The entry is removed again, so the next timer's second does not overlap it.
          cleanup: async (response) => {
            if (response.status === 200) ok('delete', await api('DELETE', `/api/time-entries/${response.body.id}`, { token: f.a.agent.token }), 204);
          },
        };
      },
    });
  });

  it('a billing run (lock, invoice, entries marked billed, unlock)', async () => {
    await runScenario('billing run', {
      status: 201,
      arrange: async () => {
        const period = await f.billableDay(2);
        return {
          method: 'POST',
          path: `/api/clients/${f.a.c1}/billing-invoices`,
          body: period,
          token: f.a.manager.token,
          facts: async () => {
            const invoices = ok('billing', await api('GET', `/api/clients/${f.a.c1}/billing-invoices?limit=100`, { token: f.a.owner.token }), 200).items;
            const entries = ok(
              'entries',
              await api('GET', `/api/time-entries?clientId=${f.a.c1}&from=${period.periodStart}T00:00:00Z&to=${period.periodEnd}T23:59:59Z&limit=100`, {
                token: f.a.owner.token,
              }),
              200,
            ).items;
            return {
              invoices: invoices.filter((invoice: { periodStart: string }) => invoice.periodStart === period.periodStart).length,
              billed: entries.filter((entry: { status: string }) => entry.status === 'billed').length,
            };
          },
        };
      },
    });
  }, 120_000);
});

describe('faults in S3 (presigning the upload and download URLs)', () => {
  it('a document whose upload URL cannot be signed is not created: 503 with Retry-After, and a retry with the same key creates it once', async () => {
    const fileName = `${f.unique('scan')}.pdf`;
    const count = async () =>
      ok('documents', await api('GET', `/api/clients/${f.a.c1}/documents?limit=100`, { token: f.a.owner.token }), 200).items.filter(
        (document: { fileName: string }) => document.fileName === fileName,
      ).length;
    const send = () =>
      api('POST', `/api/clients/${f.a.c1}/documents`, {
        token: f.a.agent.token,
        body: { fileName, contentType: 'application/pdf', sizeBytes: 100 },
        headers: { 'idempotency-key': `s3-${fileName}` },
      });
    for (const error of [named('CredentialsProviderError')(), named('Throttling')(), named('TimeoutError')()]) {
      presignFault.error = error;
      const failed = await send();
      expect(failed.status, describeResponse(failed)).toBe(503);
      expect(failed.headers.get('retry-after')).not.toBeNull();
      expect(await count()).toBe(0);
    }
    presignFault.error = undefined;
    const created = await send();
    expect(created.status).toBe(201);
    const replayed = await send();
    expect(replayed.body).toEqual(created.body);
    expect(await count()).toBe(1);
  });

  it('a download URL that cannot be signed answers 503 with Retry-After', async () => {
    const { documentId } = await f.document();
    presignFault.error = named('CredentialsProviderError')();
    const failed = await api('GET', `/api/clients/${f.a.c1}/documents/${documentId}`, { token: f.a.reviewer.token });
    expect(failed.status, describeResponse(failed)).toBe(503);
    expect(failed.headers.get('retry-after')).not.toBeNull();
  });
});

describe("the SDK's own retries, below the client (on the HTTP handler)", () => {
  /** The prototype every DynamoDB client's HTTP handler shares: stubbing it reaches the data layer's client. */
  const handlerPrototype = Object.getPrototypeOf(new DynamoDBClient({ region: 'us-east-1' }).config.requestHandler) as {
    handle: (request: { headers: Record<string, string> }, options?: unknown) => Promise<unknown>;
  };

  /** TransactWriteItems calls answer HTTP 400 ThrottlingException `failures` times, then reach DynamoDB Local. */
  function throttleTransactions(failures: number): number[] {
    const attempts: number[] = [];
    const real = handlerPrototype.handle;
    vi.spyOn(handlerPrototype, 'handle').mockImplementation(async function (this: unknown, request, options) {
      if (!String(request.headers['x-amz-target']).endsWith('.TransactWriteItems')) return real.call(this, request, options);
      attempts.push(performance.now());
      if (attempts.length > failures) return real.call(this, request, options);
      const body = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' });
      return {
        response: {
          statusCode: 400,
          reason: 'Bad Request',
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': 'ThrottlingException', 'x-amzn-requestid': 'fault' },
          body: Readable.from([Buffer.from(body)]),
        },
      };
    });
    return attempts;
  }

  afterEach(() => vi.restoreAllMocks());

  const gaps = (attempts: number[]) => attempts.slice(1).map((at, index) => at - (attempts[index] as number));

  it('throttling the SDK can retry away is retried with backoff and the request succeeds', async () => {
    const attempts = throttleTransactions(2);
    const response = await api('POST', '/api/clients', { token: f.a.owner.token, body: clientInput(f.unique('Throttled')) });
    vi.restoreAllMocks();
    expect(response.status, describeResponse(response)).toBe(201);
    expect(attempts).toHaveLength(3);
    // Each retry waited: the standard strategy's exponential backoff with full jitter, capped at 20 s.
    for (const gap of gaps(attempts)) expect(gap).toBeGreaterThan(0);
    for (const gap of gaps(attempts)) expect(gap).toBeLessThan(20_000);
  });

  it('throttling that outlasts maxAttempts (4) answers 503 with Retry-After after exactly four attempts, and writes nothing', async () => {
    const name = f.unique('Never written');
    const attempts = throttleTransactions(Number.POSITIVE_INFINITY);
    const response = await api('POST', '/api/clients', { token: f.a.owner.token, body: clientInput(name) });
    vi.restoreAllMocks();
    expect(response.status, describeResponse(response)).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(attempts).toHaveLength(4);
    const clients = ok('clients', await api('GET', '/api/clients?limit=100', { token: f.a.owner.token }), 200).items;
    expect(clients.map((client: { name: string }) => client.name)).not.toContain(name);
  });

  it('the waits are jittered: two throttled requests do not back off in lockstep', async () => {
    const runs: number[][] = [];
    for (let run = 0; run < 2; run++) {
      const attempts = throttleTransactions(2);
      ok('create', await api('POST', '/api/clients', { token: f.a.owner.token, body: clientInput(f.unique('Jittered')) }), 201);
      vi.restoreAllMocks();
      runs.push(gaps(attempts));
    }
    expect(runs[0]).not.toEqual(runs[1]);
  });
});
