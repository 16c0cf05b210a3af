import { decodeJwt, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_ATTEMPT_LIMIT } from '../../functions/core/identity/local-provider.ts';
import { api, expectError, PASSWORD, uniqueEmail } from '../support/api.ts';
import { buildWorld, login, signupFirm, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe('health and signup', () => {
  it('health answers without a token', async () => {
    const response = await api('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('signup creates a tenant and its owner, who can sign in and see an empty firm', async () => {
    const email = uniqueEmail('founder');
    const response = await api('POST', '/api/signup', { body: { firmName: 'Fresh Firm', name: 'Fay Founder', email, password: PASSWORD } });
    expect(response.status).toBe(201);
    expect(response.body.tenant.name).toBe('Fresh Firm');
    expect(response.body.user).toMatchObject({ email, name: 'Fay Founder', role: 'owner', tenantId: response.body.tenant.id });
    const token = await login(email);
    const me = await api('GET', '/api/me', { token });
    expect(me.body).toEqual({ user: response.body.user, tenant: response.body.tenant });
    expect((await api('GET', '/api/clients', { token })).body).toEqual({ items: [], nextCursor: null });
  });

  it('an email already in use, in any firm, answers 409', async () => {
    const response = await api('POST', '/api/signup', {
      body: { firmName: 'Copycat', name: 'X', email: world.a.agent.email, password: PASSWORD },
    });
    expectError(response, 409, 'email_taken');
  });

  it('bad signup input answers 400 naming the fields', async () => {
    const response = await api('POST', '/api/signup', { body: { firmName: '', email: 'nope', password: 'short' } });
    expectError(response, 400, 'validation_error');
    expect(response.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'firmName', 'name', 'password']);
  });

  it('replays a signup sent twice with one idempotency key', async () => {
    const headers = { 'idempotency-key': `signup-${Date.now()}` };
    const body = { firmName: 'Twice', name: 'T', email: uniqueEmail('twice'), password: PASSWORD };
    const first = await api('POST', '/api/signup', { body, headers });
    const second = await api('POST', '/api/signup', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.tenant.id).toBe(first.body.tenant.id);
  });
});

describe('sign-in', () => {
  it('returns a one-hour ES256 token with Cognito-shaped claims', async () => {
    const response = await api('POST', '/api/auth/login', { body: { email: world.a.reviewer.email, password: PASSWORD } });
    expect(response.status).toBe(200);
    const claims = decodeJwt(response.body.token);
    expect(claims).toMatchObject({
      sub: world.a.reviewer.id,
      email: world.a.reviewer.email,
      'custom:tenantId': world.a.tenantId,
      'custom:role': 'client',
      'custom:clientId': world.a.c1,
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
    expect(response.body.user).toMatchObject({ id: world.a.reviewer.id, role: 'client', clientId: world.a.c1 });
  });

  it('a wrong password and an unknown email both answer 401 alike', async () => {
    const wrong = await api('POST', '/api/auth/login', { body: { email: world.a.manager.email, password: 'not-the-password' } });
    const unknown = await api('POST', '/api/auth/login', { body: { email: uniqueEmail('ghost'), password: PASSWORD } });
    expectError(wrong, 401);
    expectError(unknown, 401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks an email after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const firm = await signupFirm('Locked Firm');
    for (let attempt = 0; attempt < LOGIN_ATTEMPT_LIMIT; attempt++) {
      expectError(await api('POST', '/api/auth/login', { body: { email: firm.owner.email, password: 'guess-number-x' } }), 401);
    }
    const locked = await api('POST', '/api/auth/login', { body: { email: firm.owner.email, password: PASSWORD } });
    expectError(locked, 429, 'too_many_requests');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another email is not affected.
    expect((await api('POST', '/api/auth/login', { body: { email: world.a.owner.email, password: PASSWORD } })).status).toBe(200);
  });
});

describe('tokens', () => {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('GET /api/me names the caller and their firm', async () => {
    const me = await api('GET', '/api/me', { token: world.a.agent.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: { id: world.a.agent.id, email: world.a.agent.email, name: 'A agent', role: 'agent', tenantId: world.a.tenantId },
      tenant: { id: world.a.tenantId, name: 'Firm A' },
    });
  });

  it('no token, a garbage token and a non-bearer scheme answer 401', async () => {
    expectError(await api('GET', '/api/me'), 401);
    expectError(await api('GET', '/api/me', { token: 'garbage' }), 401);
    expectError(await api('GET', '/api/me', { headers: { authorization: `Basic ${world.a.owner.token}` } }), 401);
  });

  it('alg none answers 401', async () => {
    const claims = decodeJwt(world.a.agent.token);
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, 'custom:role': 'owner' })}.`;
    expectError(await api('GET', '/api/me', { token: unsigned }), 401);
  });

  it('tampered claims under the original signature answer 401', async () => {
    const [header, , signature] = world.a.agent.token.split('.');
    const claims = decodeJwt(world.a.agent.token);
    const forged = `${header}.${b64({ ...claims, 'custom:tenantId': world.b.tenantId, 'custom:role': 'owner' })}.${signature}`;
    expectError(await api('GET', '/api/me', { token: forged }), 401);
  });

  it("another token's signature swapped in answers 401", async () => {
    const [header, payload] = world.a.agent.token.split('.');
    const [, , otherSignature] = world.b.owner.token.split('.');
    expectError(await api('GET', '/api/me', { token: `${header}.${payload}.${otherSignature}` }), 401);
  });

  it('a token signed by another key, or with HS256, answers 401', async () => {
    const claims = decodeJwt(world.a.agent.token);
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
    expectError(await api('GET', '/api/me', { token: foreign }), 401);
    const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(32)));
    expectError(await api('GET', '/api/me', { token: hmac }), 401);
  });

  it('an expired token answers 401', async () => {
    const claims = decodeJwt(world.a.agent.token);
    const key = await importJWK(JSON.parse(process.env.LOCAL_JWT_PRIVATE_KEY ?? '{}') as JWK, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    expectError(await api('GET', '/api/me', { token: expired }), 401);
    // The same claims, freshly signed by the right key, are accepted: the test above fails for expiry alone.
    const fresh = await new SignJWT({ ...claims, iat: now, exp: now + 600 }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    expect((await api('GET', '/api/me', { token: fresh })).status).toBe(200);
  });

  it("validly signed claims naming a user who is not in that tenant answer 401", async () => {
    const claims = decodeJwt(world.a.agent.token);
    const key = await importJWK(JSON.parse(process.env.LOCAL_JWT_PRIVATE_KEY ?? '{}') as JWK, 'ES256');
    const crossed = await new SignJWT({ ...claims, 'custom:tenantId': world.b.tenantId }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    expectError(await api('GET', '/api/me', { token: crossed }), 401);
    const promoted = await new SignJWT({ ...claims, 'custom:role': 'owner' }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    expectError(await api('GET', '/api/me', { token: promoted }), 401);
  });
});
