import { api, type ApiResponse } from '../support/api.ts';
import { type Fixtures, ok } from '../support/fixtures.ts';
import { fillPath, type Operation } from '../support/openapi.ts';
import { type Attempt, factories, type Recipe, recipes } from './isolation-cases.ts';

/**
 * What the generated suites share: each documented operation's recipe (a real resource of tenant A
 * and a request on it that succeeds for the right user), and the read-back that shows whether a
 * refused request changed anything.
 */
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

export function recipesFor(operation: Operation): Recipe[] {
  const given = recipes[operation.key];
  if (given) return Array.isArray(given) ? given : [given];
  const fallback = defaultRecipe(operation);
  return fallback ? [fallback] : [];
}

/** The nearest JSON read of what an operation touches: itself for a GET, else the closest GET above it. */
export function defaultReads(operations: Operation[], operation: Operation, attempt: Attempt): string[] {
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
  if (operation.params.length === 0) return [];
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

/** What A's owner reads back, plus the newest audit record: any write appends one. */
export async function snapshot(f: Fixtures, reads: string[]): Promise<unknown[]> {
  const token = f.a.owner.token;
  const results = await Promise.all(reads.map(async (path) => stable(ok(`read back ${path}`, await api('GET', path, { token }), 200))));
  const audit = ok('audit', await api('GET', '/api/audit?limit=1', { token }), 200);
  return [...results, audit.items[0]?.id ?? null];
}

export const send = (operation: Operation, path: string, body: unknown, token: string | undefined) =>
  api(operation.method, path, { ...(token ? { token } : {}), ...(body === undefined ? {} : { body }) });

export function describeResponse(response: ApiResponse): string {
  return `${response.status} ${typeof response.body === 'string' ? response.body.slice(0, 200) : JSON.stringify(response.body)?.slice(0, 400)}`;
}
