import { createHmac } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../functions/core/identity/claims.ts';
import { newId } from '../../functions/core/ids.ts';
import { api } from '../support/api.ts';
import { fillPath, loadOperations } from '../support/openapi.ts';
import { buildWorld, type World } from '../support/world.ts';

/**
 * Forged and stale tokens against every authenticated operation of the OpenAPI document (issue 8,
 * part 1): the gateway (API Gateway's JWT authorizer in AWS) refuses each with 401 before any
 * function runs, and tokens that are validly signed but name a member who does not exist with those
 * claims are refused by the function itself (tenancy rule 1: tenant, user and role come only from a
 * verified token that matches the member record).
 */
const { operations } = await loadOperations();
const protectedOperations = operations.filter((operation) => !operation.isPublic);
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const parts = (token: string) => token.split('.') as [string, string, string];
const payloadOf = (token: string) => JSON.parse(Buffer.from(parts(token)[1], 'base64url').toString('utf8')) as Record<string, unknown>;

/** A token signed with the real key: what a leaked key, or a mis-set Cognito attribute, could produce. */
async function signedWithRealKey(claims: Record<string, unknown>, options: { issuer?: string; audience?: string; exp?: number } = {}) {
  const jwk = JSON.parse(process.env.LOCAL_JWT_PRIVATE_KEY ?? '') as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ token_use: 'id', ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(options.issuer ?? LOCAL_ISSUER)
    .setAudience(options.audience ?? LOCAL_AUDIENCE)
    .setIssuedAt(now - 7200)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(await importJWK(jwk, 'ES256'));
}

async function forgedTokens(): Promise<Array<[string, string]>> {
  const agent = world.a.agent.token;
  const claims = payloadOf(agent);
  const [header, payload] = parts(agent);
  const elevated = { ...claims, 'custom:role': 'owner' };
  const otherTenant = { ...claims, 'custom:tenantId': world.b.tenantId };
  const attacker = await generateKeyPair('ES256');
  const publicJwk = await exportJWK((await generateKeyPair('ES256')).publicKey);
  const hs256Header = b64({ alg: 'HS256', typ: 'JWT' });
  const hs256Body = b64(elevated);
  return [
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(elevated)}.`],
    ['alg none without the trailing dot', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(elevated)}`],
    ['tampered role claim, original signature', `${header}.${b64(elevated)}.${parts(agent)[2]}`],
    ['tampered tenant claim, original signature', `${header}.${b64(otherTenant)}.${parts(agent)[2]}`],
    ["another user's signature swapped in", `${header}.${payload}.${parts(world.b.owner.token)[2]}`],
    ['expired (real key, real claims)', await signedWithRealKey(claims, { exp: Math.floor(Date.now() / 1000) - 60 })],
    ['wrong issuer (real key)', await signedWithRealKey(claims, { issuer: 'https://attacker.example' })],
    ['wrong audience (real key)', await signedWithRealKey(claims, { audience: 'someone-else' })],
    [
      'signed by another key',
      await new SignJWT(elevated)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setExpirationTime('10m')
        .sign(attacker.privateKey),
    ],
    [
      'HS256 keyed with a public key (algorithm confusion)',
      `${hs256Header}.${hs256Body}.${createHmac('sha256', JSON.stringify(publicJwk)).update(`${hs256Header}.${hs256Body}`).digest('base64url')}`,
    ],
    ['garbage', 'not.a.jwt'],
    ['empty', ''],
  ];
}

/** Tokens the gateway accepts (right key, issuer, audience, not expired) whose claims match no member. */
async function validlySignedImpostors(): Promise<Array<[string, string]>> {
  const claims = payloadOf(world.a.agent.token);
  return [
    ["an agent's token claiming the owner role", await signedWithRealKey({ ...claims, 'custom:role': 'owner' })],
    ["an agent's token claiming another tenant", await signedWithRealKey({ ...claims, 'custom:tenantId': world.b.tenantId })],
    ["a reviewer's token claiming another client", await signedWithRealKey({ ...payloadOf(world.a.reviewer.token), 'custom:clientId': world.a.c2 })],
    ['a member id that does not exist', await signedWithRealKey({ ...claims, sub: newId() })],
    ['a tenant id that is not a ULID', await signedWithRealKey({ ...claims, 'custom:tenantId': 'T#x' })],
  ];
}

function concretePath(path: string): string {
  return fillPath(path, new Proxy({}, { get: (_, name) => (name === 'clientId' ? world.a.c1 : newId()) }) as Record<string, string>);
}

async function auditHead(token: string) {
  return (await api('GET', '/api/audit?limit=1', { token })).body.items[0]?.id ?? null;
}

describe('generated: forged tokens on every authenticated route', () => {
  it('covers every operation that is not public', () => {
    expect(protectedOperations.length).toBeGreaterThan(80);
  });

  it('the gateway answers 401 to each forged, tampered or stale token, and nothing changes', async () => {
    const before = [await auditHead(world.a.owner.token), await auditHead(world.b.owner.token)];
    const tokens = await forgedTokens();
    const problems: string[] = [];
    for (const operation of protectedOperations) {
      const path = concretePath(operation.path);
      await Promise.all(
        tokens.map(async ([name, token]) => {
          const response = await api(operation.method, path, {
            headers: { authorization: `Bearer ${token}` },
            ...(operation.body ? { body: {} } : {}),
          });
          if (response.status !== 401 || response.body?.error?.code !== 'unauthorized') {
            problems.push(`${operation.key} with ${name}: ${response.status} ${JSON.stringify(response.body)}`);
          }
        }),
      );
    }
    expect(problems).toEqual([]);
    expect([await auditHead(world.a.owner.token), await auditHead(world.b.owner.token)]).toEqual(before);
  });

  it('a missing or non-bearer Authorization header answers 401', async () => {
    for (const operation of protectedOperations.slice(0, 20)) {
      const path = concretePath(operation.path);
      for (const headers of [{} as Record<string, string>, { authorization: `Basic ${Buffer.from('owner:pw').toString('base64')}` }, { authorization: 'Bearer' }]) {
        expect((await api(operation.method, path, { headers })).status, operation.key).toBe(401);
      }
    }
  });

  it('a validly signed token whose claims match no member is refused by the function (401), on every route', async () => {
    const impostors = await validlySignedImpostors();
    const problems: string[] = [];
    for (const operation of protectedOperations) {
      const path = concretePath(operation.path);
      await Promise.all(
        impostors.map(async ([name, token]) => {
          const response = await api(operation.method, path, { token, ...(operation.body ? { body: {} } : {}) });
          if (response.status !== 401 || response.body?.error?.code !== 'unauthorized') {
            problems.push(`${operation.key} with ${name}: ${response.status} ${JSON.stringify(response.body)}`);
          }
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it('the same claims with the real key and a live expiry are accepted: the refusals above are the forgery, not the harness', async () => {
    const token = await signedWithRealKey(payloadOf(world.a.agent.token));
    expect((await api('GET', '/api/me', { token })).status).toBe(200);
  });
});
