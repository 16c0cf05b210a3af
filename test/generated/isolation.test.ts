import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../functions/core/ids.ts';
import { api, type ApiResponse } from '../support/api.ts';
import { Fixtures, ok } from '../support/fixtures.ts';
import { fillPath, loadOperations, type Operation } from '../support/openapi.ts';
import { type Attempt, exemptions, factories, type Recipe, recipes } from './isolation-cases.ts';

/**
 * The generated isolation suite (issue 8, part 1). For every operation in the served OpenAPI document
 * that names a resource, a real one is made in tenant A's client C1 and the request the right user
 * would make is sent first by four outsiders: tenant B's owner, tenant B's client reviewer, an agent of
 * A not assigned to C1 and the reviewer of A's other client. Each must be refused exactly as if the
 * resource did not exist (the same request with made-up ids gets the same answer), tenant B's owner
 * with 404, and what A's owner reads back must not change. Then the right user makes the request and
 * succeeds, so the suite cannot pass by everything failing.
 */
const { operations } = await loadOperations();
let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

const FILE_DOWNLOAD = /(\.csv|\/pdf)$/;

/** The default recipe for a GET: the innermost path parameter's factory, read by A's owner. */
function defaultRecipe(operation: Operation): Recipe | undefined {
  if (operation.method !== 'GET' || operation.params.length === 0) return undefined;
  const factory = factories[operation.params[operation.params.length - 1] as string];
  if (!factory || !operation.params.every((param) => param in factories)) return undefined;
  return async (fixtures) => {
    const ids = await factory(fixtures);
    return { ids, path: fillPath(operation.path, ids), as: fixtures.a.owner.token, expect: 200 };
  };
}

function recipesFor(operation: Operation): Recipe[] {
  const given = recipes[operation.key];
  if (given) return Array.isArray(given) ? given : [given];
  const fallback = defaultRecipe(operation);
  return fallback ? [fallback] : [];
}

/** The nearest JSON read of what an operation touches: itself for a GET, else the closest GET above it. */
function defaultReads(operation: Operation, attempt: Attempt): string[] {
  if (operation.method === 'GET' && !FILE_DOWNLOAD.test(operation.path)) return [attempt.path];
  const segments = operation.path.split('/');
  for (let length = segments.length; length > 2; length--) {
    const template = segments.slice(0, length).join('/');
    const read = operations.find(
      (candidate) => candidate.method === 'GET' && candidate.path === template && !FILE_DOWNLOAD.test(template) && candidate.query.every((q) => !q.required),
    );
    if (read) {
      const limit = read.query.some((q) => q.name === 'limit') ? '?limit=100' : '';
      return [`${fillPath(template, attempt.ids)}${limit}`];
    }
  }
  throw new Error(`No read for ${operation.key}: give its recipe \`reads\``);
}

/** Presigned URLs and timers change on every read without anything having changed. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !/(Url|ExpiresAt|elapsedSeconds)$/.test(name))
      .map(([name, inner]) => [name, stable(inner)]),
  );
}

async function snapshot(reads: string[]): Promise<unknown[]> {
  const token = f.a.owner.token;
  const results = await Promise.all(reads.map(async (path) => stable(ok(`read back ${path}`, await api('GET', path, { token }), 200))));
  // Any write also appends to the audit trail: its newest record must not move either.
  const audit = ok('audit', await api('GET', '/api/audit?limit=1', { token }), 200);
  return [...results, audit.items[0]?.id ?? null];
}

/** The attempt with each of A's ids replaced by a made-up one, and the way back. */
function withMadeUpIds(attempt: Attempt): { path: string; body: unknown; restore: (text: string) => string } {
  const swaps = [...new Set(Object.values(attempt.ids))].map((id) => [id, newId()] as const);
  const swap = (text: string) => swaps.reduce((out, [real, fake]) => out.replaceAll(real, fake), text);
  return {
    path: swap(attempt.path),
    body: attempt.body === undefined ? undefined : JSON.parse(swap(JSON.stringify(attempt.body))),
    restore: (text) => swaps.reduce((out, [real, fake]) => out.replaceAll(fake, real), text),
  };
}

const send = (operation: Operation, path: string, body: unknown, token: string) =>
  api(operation.method, path, { token, ...(body === undefined ? {} : { body }) });

function describeResponse(response: ApiResponse): string {
  return `${response.status} ${typeof response.body === 'string' ? response.body.slice(0, 200) : JSON.stringify(response.body)}`;
}

function outsiders(): Array<{ who: string; token: string; crossTenantOwner?: true }> {
  return [
    { who: "tenant B's owner", token: f.world.b.owner.token, crossTenantOwner: true },
    { who: "tenant B's client reviewer", token: f.world.b.reviewer.token },
    { who: "A's agent not assigned to C1", token: f.a.otherAgent.token },
    { who: "A's other client's reviewer", token: f.a.otherReviewer.token },
  ];
}

async function checkOutsider(operation: Operation, attempt: Attempt, outsider: ReturnType<typeof outsiders>[number]): Promise<string[]> {
  const problems: string[] = [];
  const response = await send(operation, attempt.path, attempt.body, outsider.token);
  const madeUp = withMadeUpIds(attempt);
  const control = await send(operation, madeUp.path, madeUp.body, outsider.token);
  const seen = `${outsider.who} got ${describeResponse(response)}`;
  if (outsider.crossTenantOwner && response.status !== (attempt.crossTenant ?? 404)) problems.push(`${seen}; expected ${attempt.crossTenant ?? 404}`);
  const refused = response.status === 403 || response.status === 404 || (response.status === 400 && attempt.crossTenant === 400);
  // A list may answer an outsider 200 only with exactly what it answers for made-up ids (nothing of A's).
  const harmlessRead = operation.method === 'GET' && response.status === 200;
  if (!refused && !harmlessRead) problems.push(`${seen}; expected 404 (or the 403 of a role that may never do this)`);
  if (!harmlessRead && typeof response.body?.error?.code !== 'string') problems.push(`${seen}; not the contract's error JSON`);
  const answer = JSON.stringify({ status: response.status, body: response.body });
  const forMissing = madeUp.restore(JSON.stringify({ status: control.status, body: control.body }));
  if (answer !== forMissing) problems.push(`${seen}, but for made-up ids ${describeResponse(control)}: the answer tells them apart`);
  return problems;
}

describe('generated isolation: every route that names a resource', () => {
  it('has a recipe, a factory for its ids or a stated exemption for every documented operation', () => {
    const uncovered = operations.filter((operation) => recipesFor(operation).length === 0 && !(operation.key in exemptions)).map((operation) => operation.key);
    expect(uncovered, 'add a recipe to test/generated/isolation-cases.ts (or a factory for a new path parameter)').toEqual([]);
    const documented = new Set(operations.map((operation) => operation.key));
    const stale = [...Object.keys(recipes), ...Object.keys(exemptions)].filter((key) => !documented.has(key));
    expect(stale, 'recipes or exemptions for operations the document no longer has').toEqual([]);
    const both = Object.keys(recipes).filter((key) => key in exemptions);
    expect(both).toEqual([]);
  });

  for (const operation of operations) {
    for (const [index, recipe] of recipesFor(operation).entries()) {
      const variant = index === 0 ? '' : ` (variant ${index + 1})`;
      it(`${operation.key}${variant}: outsiders are refused as for a missing resource and change nothing; the right user succeeds`, async () => {
        const attempt = await recipe(f, operation);
        const reads = attempt.reads ?? defaultReads(operation, attempt);
        const before = await snapshot(reads);
        const problems = (await Promise.all(outsiders().map((outsider) => checkOutsider(operation, attempt, outsider)))).flat();
        expect(problems).toEqual([]);
        expect(await snapshot(reads), 'what A reads back after the outsiders tried').toEqual(before);
        const control = await send(operation, attempt.path, attempt.body, attempt.as);
        expect(control.status, `positive control: ${describeResponse(control)}`).toBe(attempt.expect);
        await attempt.cleanup?.();
      });
    }
  }
});
