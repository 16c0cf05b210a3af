import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { JWK } from 'jose';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { newId } from '../../functions/core/ids.ts';
import { createGateway } from '../../local/gateway.ts';
import { api } from '../support/api.ts';
import { Fixtures } from '../support/fixtures.ts';
import { fillPath, loadOperations, WRITE_METHODS } from '../support/openapi.ts';
import { describeResponse, recipesFor } from './harness.ts';

/**
 * Hardening (issue 8, part 5): security headers on every API response and on the portal, the CORS
 * allow-list, and an audit trail that is only ever appended to. Rate limits (limits small enough to
 * reach) and log redaction (a logger that prints) have files of their own.
 */
const ALLOWED_ORIGIN = vi.hoisted(() => {
  // Read once by core/env.ts when the handlers load in this file's worker.
  process.env.CORS_ORIGINS = 'https://portal.example.test, https://admin.example.test:8443';
  return 'https://portal.example.test';
});

const { operations } = await loadOperations();
let f: Fixtures;
beforeAll(async () => {
  f = await Fixtures.create();
});

function securityProblems(headers: Headers): string[] {
  const problems: string[] = [];
  if (!/max-age=\d{7,}/.test(headers.get('strict-transport-security') ?? '')) problems.push('HSTS');
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push('nosniff');
  if (!/frame-ancestors 'none'/.test(headers.get('content-security-policy') ?? '')) problems.push("CSP frame-ancestors 'none'");
  if (!headers.get('referrer-policy')) problems.push('Referrer-Policy');
  return problems;
}

const concrete = (path: string) =>
  fillPath(path, new Proxy({}, { get: (_, name) => (name === 'clientId' ? f.a.c1 : newId()) }) as Record<string, string>);

describe('security headers', () => {
  it("every documented operation's responses carry HSTS, nosniff, a CSP with frame-ancestors 'none' and a referrer policy, errors included", async () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const path = concrete(operation.path);
      const body = operation.body ? {} : undefined;
      const answers = await Promise.all([
        api(operation.method, path, { token: f.a.owner.token, ...(body ? { body } : {}) }),
        api(operation.method, path, { ...(body ? { body } : {}) }),
      ]);
      for (const response of answers) {
        const missing = securityProblems(response.headers);
        if (missing.length > 0) problems.push(`${operation.key} (${response.status}): ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the API itself is never a page: default-src none, no framing, nothing cached', async () => {
    const response = await api('GET', `/api/clients/${f.a.c1}`, { token: f.a.owner.token });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The gateway's own answers (no route, no token) carry them too.
    for (const answer of [await api('GET', '/api/nothing-here'), await api('GET', '/api/me')]) expect(securityProblems(answer.headers)).toEqual([]);
  });

  it('the interactive docs page gets a CSP that lets Swagger UI run, and still forbids framing', async () => {
    const response = await api('GET', '/api/docs');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('https://cdn.jsdelivr.net');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(securityProblems(response.headers)).toEqual([]);
  });

  it("the portal's pages carry a CSP of their own origin's scripts, no framing, HSTS and nosniff", async () => {
    const webRoot = resolve(import.meta.dirname, '../../web');
    const portal = await createGateway({ publicJwk: JSON.parse(inject('publicJwk')) as JWK, webRoot });
    for (const path of ['/', '/index.html', '/some/deep/link']) {
      const response = await portal.fetch(new Request(`http://localhost${path}`));
      expect(response.status, path).toBe(200);
      expect(securityProblems(response.headers), path).toEqual([]);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("object-src 'none'");
      // Presigned uploads go to S3, another origin: the CSP lets the portal reach it and nothing else.
      expect(csp).toContain(new URL(process.env.S3_ENDPOINT as string).origin);
    }
  });
});

describe('CORS allow-list', () => {
  const preflight = (origin: string) =>
    api('OPTIONS', '/api/clients', { headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });

  it('an allowed origin gets its own origin back, on answers and on the preflight', async () => {
    const response = await api('GET', '/api/clients', { token: f.a.owner.token, headers: { origin: ALLOWED_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('vary')).toContain('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const error = await api('GET', `/api/clients/${newId()}`, { token: f.a.owner.token, headers: { origin: ALLOWED_ORIGIN } });
    expect(error.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const options = await preflight(ALLOWED_ORIGIN);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(options.headers.get('access-control-allow-methods')).toContain('POST');
    expect(options.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('any other origin gets no CORS headers at all (as every origin does when CORS_ORIGINS is unset)', async () => {
    for (const origin of ['https://evil.example', 'https://portal.example.test.evil.example', 'http://portal.example.test', 'null', 'https://admin.example.test']) {
      const response = await api('GET', '/api/clients', { token: f.a.owner.token, headers: { origin } });
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      const options = await preflight(origin);
      expect(options.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(options.headers.get('access-control-allow-methods'), origin).toBeNull();
    }
    expect((await api('GET', '/api/clients', { token: f.a.owner.token, headers: { origin: 'https://admin.example.test:8443' } })).headers.get('access-control-allow-origin')).toBe(
      'https://admin.example.test:8443',
    );
  });
});

describe('the audit trail is append-only', () => {
  it('no documented operation writes to the audit trail: it is read with GET and nothing else', () => {
    const auditOperations = operations.filter((operation) => operation.path.includes('audit'));
    expect(auditOperations.length).toBeGreaterThan(0);
    expect(auditOperations.filter((operation) => operation.method !== 'GET').map((operation) => operation.key)).toEqual([]);
  });

  it('every write route touches audit records only by putting new ones, on condition that none is there', async () => {
    const original = DynamoDBDocumentClient.prototype.send;
    const problems: string[] = [];
    let audited = 0;
    for (const operation of operations.filter((o) => WRITE_METHODS.has(o.method))) {
      const recipe = recipesFor(operation)[0];
      if (!recipe) continue;
      const attempt = await recipe(f, operation);
      const stub = mockClient(DynamoDBDocumentClient) as unknown as AwsStub<object, never, unknown> & { send: any };
      const writes: Array<{ name: string; input: any }> = [];
      stub.send.callsFake(function (this: DynamoDBDocumentClient, command: { constructor: { name: string }; input: unknown }) {
        writes.push({ name: command.constructor.name, input: command.input });
        return (original as (command: unknown) => Promise<unknown>).call(this, command);
      });
      let response: Awaited<ReturnType<typeof api>>;
      try {
        response = await api(operation.method, attempt.path, { token: attempt.as, ...(attempt.body === undefined ? {} : { body: attempt.body }) });
      } finally {
        stub.restore();
      }
      expect(response.status, `${operation.key}: ${describeResponse(response)}`).toBe(attempt.expect);
      await attempt.cleanup?.();
      for (const { name, input } of writes) {
        const items: Array<[string, any]> =
          name === 'TransactWriteCommand'
            ? input.TransactItems.map((item: Record<string, any>) => Object.entries(item)[0])
            : [[name.replace('Command', ''), input]];
        for (const [kind, op] of items) {
          const pk = String(op.Item?.pk ?? op.Key?.pk ?? '');
          if (!pk.includes('#AUDIT')) continue;
          audited += 1;
          if (kind !== 'Put' || op.ConditionExpression !== 'attribute_not_exists(pk)') {
            problems.push(`${operation.key}: ${kind} on an audit record (${op.ConditionExpression ?? 'unconditional'})`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(audited, 'the writes were audited at all').toBeGreaterThan(30);
  }, 120_000);

  it('only core/audit.ts builds audit keys, so no module can address an audit record to change it', () => {
    const root = resolve(import.meta.dirname, '../../functions');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(root);
    const users = files.filter((file) => /keys\.(audit|auditLog|clientAuditLog)\(/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(users.sort()).toEqual(['activity/repository.ts', 'core/audit.ts']);
    // The reader only queries.
    expect(readFileSync(join(root, 'activity/repository.ts'), 'utf8')).not.toMatch(/keys\.audit\(/);
  });
});
