import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../functions/core/ids.ts';
import { Fixtures } from '../support/fixtures.ts';
import { loadOperations, type Operation } from '../support/openapi.ts';
import { defaultReads, describeResponse, recipesFor, send, snapshot } from './harness.ts';
import { type Attempt, exemptions, recipes } from './isolation-cases.ts';

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
        const reads = attempt.reads ?? defaultReads(operations, operation, attempt);
        const before = await snapshot(f, reads);
        const problems = (await Promise.all(outsiders().map((outsider) => checkOutsider(operation, attempt, outsider)))).flat();
        expect(problems).toEqual([]);
        expect(await snapshot(f, reads), 'what A reads back after the outsiders tried').toEqual(before);
        const control = await send(operation, attempt.path, attempt.body, attempt.as);
        expect(control.status, `positive control: ${describeResponse(control)}`).toBe(attempt.expect);
        await attempt.cleanup?.();
      });
    }
  }
});
