import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiResponse, PASSWORD, uniqueEmail } from '../support/api.ts';
import { Fixtures } from '../support/fixtures.ts';
import { loadOperations, type Operation, WRITE_METHODS } from '../support/openapi.ts';
import { clientInput } from '../support/world.ts';
import { defaultReads, describeResponse, recipesFor, snapshot } from './harness.ts';
import type { Attempt } from './isolation-cases.ts';
import { invalidBodies, toJson } from './invalid-bodies.ts';

/**
 * The generated bad-input suite (issue 8, part 2). For every write operation of the OpenAPI document,
 * fast-check breaks a body the route accepts in ways its schema rules out (wrong types, missing and
 * unknown fields, long strings, extreme numbers, deep nesting, not an object), and fixed cases add
 * malformed JSON, wrong content types and a 2 MB body. Each answers 4xx with the contract's error
 * JSON, nothing A's owner reads changes, and the valid request still succeeds afterwards.
 *
 * Bounded: a fixed seed and a few runs per operation, so the suite is the same every time and fast.
 */
const SEED = 20_261_123;
const RUNS_PER_OPERATION = Number(process.env.BAD_INPUT_RUNS ?? 12);

const { operations } = await loadOperations();
const writes = operations.filter((operation) => WRITE_METHODS.has(operation.method));
let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

/** Valid requests for the writes the isolation recipes leave out (they name no one else's resource). */
const baselines: Record<string, (f: Fixtures) => Promise<Attempt | undefined>> = {
  'POST /api/auth/login': async (f) => ({ ids: {}, path: '/api/auth/login', body: { email: f.a.agent.email, password: PASSWORD }, as: '', expect: 200 }),
  'POST /api/signup': async () => ({
    ids: {},
    path: '/api/signup',
    body: { firmName: 'Bad Input Firm', name: 'Owner', email: uniqueEmail('signup'), password: PASSWORD },
    as: '',
    expect: 201,
  }),
  'POST /api/clients': async (f) => ({ ids: {}, path: '/api/clients', body: clientInput(f.unique('Client')), as: f.a.owner.token, expect: 201 }),
  'POST /api/timer/stop': async (f) => {
    // A stopped timer makes an entry of at least a second: let the last one (the timer/start recipe's) end first.
    await new Promise((done) => setTimeout(done, 1100));
    await api('POST', '/api/timer/start', { token: f.a.agent.token, body: { clientId: f.a.c1 } });
    return { ids: {}, path: '/api/timer/stop', as: f.a.agent.token, expect: 200 };
  },
};

async function baselineFor(operation: Operation): Promise<Attempt> {
  const recipe = recipesFor(operation)[0];
  const attempt = recipe ? await recipe(f, operation) : await baselines[operation.key]?.(f);
  if (!attempt) throw new Error(`No valid request for ${operation.key}: add a baseline or an isolation recipe`);
  return attempt;
}

const raw = (operation: Operation, attempt: Attempt, body: string, contentType?: string): Promise<ApiResponse> =>
  api(operation.method, attempt.path, {
    ...(attempt.as ? { token: attempt.as } : {}),
    rawBody: body,
    headers: contentType ? { 'content-type': contentType } : {},
  });

function contractError(response: ApiResponse, statuses: number[]): string | undefined {
  const error = response.body?.error;
  if (!statuses.includes(response.status) || typeof error?.code !== 'string' || typeof error?.message !== 'string') {
    return `expected ${statuses.join(' or ')} with the contract's error JSON, got ${describeResponse(response)}`;
  }
  return undefined;
}

/** Malformed JSON, whatever the schema. */
const MALFORMED = ['{', '{"a":1', '{"a":1}}', "{'a': 1}", '{"a": NaN}', '{"a": undefined}', '\u0000', '[1,]', '{"a":1,}', '"unterminated'];

/** A body in the right shape but not JSON, as each content type a client might send. */
const WRONG_TYPES: Array<[string, (json: string) => string]> = [
  ['text/plain', (json) => json],
  ['application/x-www-form-urlencoded', () => 'a=1&b=2'],
  ['multipart/form-data; boundary=x', () => '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
  ['application/xml', () => '<a>1</a>'],
];

describe('generated bad input: every write operation', () => {
  it('has a valid request for every write operation, to break', () => {
    const missing = writes.filter((operation) => recipesFor(operation).length === 0 && !(operation.key in baselines)).map((operation) => operation.key);
    expect(missing).toEqual([]);
  });

  for (const operation of writes) {
    it(`${operation.key}: invalid input answers 4xx with the error JSON and changes nothing`, async () => {
      const attempt = await baselineFor(operation);
      const reads = attempt.reads ?? defaultReads(operations, operation, attempt);
      const before = await snapshot(f, reads);
      const problems: string[] = [];
      const note = (what: string, problem: string | undefined) => {
        if (problem) problems.push(`${what}: ${problem}`);
      };

      if (operation.body) {
        const schema = operation.body.schema;
        const valid = attempt.body ?? {};
        await fc.assert(
          fc.asyncProperty(invalidBodies(schema, valid), async (candidate) => {
            const response = await raw(operation, attempt, toJson(candidate.body), 'application/json');
            const problem = contractError(response, [400]);
            const details = response.body?.error?.details;
            if (problem) throw new Error(`${candidate.kind} at ${candidate.where}: ${problem}`);
            if (!Array.isArray(details) || details.length === 0) throw new Error(`${candidate.kind} at ${candidate.where}: no details naming the field`);
          }),
          { numRuns: RUNS_PER_OPERATION, seed: SEED, endOnFailure: true },
        );
        for (const text of MALFORMED) note(`malformed JSON ${JSON.stringify(text)}`, contractError(await raw(operation, attempt, text, 'application/json'), [400]));
        const json = toJson(valid);
        for (const [type, render] of WRONG_TYPES) note(`content type ${type}`, contractError(await raw(operation, attempt, render(json), type), [415]));
        if (operation.body.required) note('no body at all', contractError(await raw(operation, attempt, '', 'application/json'), [400]));
      }
      // 2 MB: over the 1 MB limit every function enforces, under API Gateway's 10 MB.
      const huge = JSON.stringify({ ...(typeof attempt.body === 'object' ? attempt.body : {}), padding: 'x'.repeat(2 * 1024 * 1024) });
      note('a 2 MB body', contractError(await raw(operation, attempt, huge, 'application/json'), [413]));
      for (const query of operation.query.filter((q) => q.schema.type === 'integer' || q.schema.type === 'number')) {
        for (const value of ['abc', '-1', '0', '1e400', '1.5', '']) {
          const url = new URL(attempt.path, 'http://localhost');
          url.searchParams.set(query.name, value);
          const response = await api(operation.method, `${url.pathname}${url.search}`, { ...(attempt.as ? { token: attempt.as } : {}) });
          note(`query ${query.name}=${value}`, contractError(response, [400]));
        }
      }

      expect(problems).toEqual([]);
      expect(await snapshot(f, reads), 'what A reads back after the bad input').toEqual(before);
      const control = await api(operation.method, attempt.path, {
        ...(attempt.as ? { token: attempt.as } : {}),
        ...(attempt.body === undefined ? {} : { body: attempt.body }),
      });
      expect(control.status, `the valid request still succeeds: ${describeResponse(control)}`).toBe(attempt.expect);
      await attempt.cleanup?.();
    });
  }
});
