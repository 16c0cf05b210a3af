import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectError } from '../support/api.ts';
import { buildWorld, clientInput, createClient, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe('clients', () => {
  it('an owner creates a client and reads it back', async () => {
    const created = await api('POST', '/api/clients', { token: world.a.owner.token, body: clientInput('Fresh Co') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Fresh Co', currency: 'USD', active: true, version: 1 });
    expect(created.body.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const read = await api('GET', `/api/clients/${created.body.id}`, { token: world.a.manager.token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('a manager may create clients; agents and reviewers may not', async () => {
    expect((await api('POST', '/api/clients', { token: world.a.manager.token, body: clientInput('By Manager') })).status).toBe(201);
    expectError(await api('POST', '/api/clients', { token: world.a.agent.token, body: clientInput('By Agent') }), 403, 'forbidden');
    expectError(await api('POST', '/api/clients', { token: world.a.reviewer.token, body: clientInput('By Reviewer') }), 403);
  });

  it('each role lists only the clients it may see', async () => {
    const ids = async (token: string) => (await api('GET', '/api/clients?limit=100', { token })).body.items.map((c: { id: string }) => c.id);
    expect(await ids(world.a.agent.token)).toEqual([world.a.c1]);
    expect(await ids(world.a.otherAgent.token)).toEqual([world.a.c2]);
    expect(await ids(world.a.reviewer.token)).toEqual([world.a.c1]);
    const ownerIds = await ids(world.a.owner.token);
    expect(ownerIds).toEqual(expect.arrayContaining([world.a.c1, world.a.c2]));
    expect(ownerIds).not.toContain(world.b.client);
    expect(await ids(world.b.owner.token)).toEqual([world.b.client]);
  });

  it('outsiders get 404 for a client they may not see, and change nothing', async () => {
    for (const [who, token] of outsidersOfC1(world)) {
      const read = await api('GET', `/api/clients/${world.a.c1}`, { token });
      expect(read.status, who).toBe(404);
      expectError(read, 404, 'not_found');
      const patch = await api('PATCH', `/api/clients/${world.a.c1}`, { token, body: { version: 1, name: 'Stolen' } });
      expect(patch.status, who).toBe(404);
    }
    const after = await api('GET', `/api/clients/${world.a.c1}`, { token: world.a.owner.token });
    expect(after.body.name).toBe('Client One');
  });

  it('an assigned agent and the own reviewer can read but not change a client', async () => {
    expect((await api('GET', `/api/clients/${world.a.c1}`, { token: world.a.agent.token })).status).toBe(200);
    expect((await api('GET', `/api/clients/${world.a.c1}`, { token: world.a.reviewer.token })).status).toBe(200);
    expectError(await api('PATCH', `/api/clients/${world.a.c1}`, { token: world.a.agent.token, body: { version: 1, name: 'X' } }), 403);
    expectError(await api('PATCH', `/api/clients/${world.a.c1}`, { token: world.a.reviewer.token, body: { version: 1, name: 'X' } }), 403);
  });

  it('a malformed id answers 404, never a key outside the tenant', async () => {
    for (const id of ['not-a-ulid', `${world.a.c1}%23x`, '..%2F..']) {
      const response = await api('GET', `/api/clients/${id}`, { token: world.a.owner.token });
      expect(response.status, id).toBe(404);
    }
  });

  it('updates with the current version and refuses a stale one with 409, changing nothing', async () => {
    const client = await createClient(world.a.owner.token, 'Versioned');
    const first = await api('PATCH', `/api/clients/${client.id}`, {
      token: world.a.owner.token,
      body: { version: 1, name: 'Versioned Two', timeZone: 'Europe/Paris' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: 'Versioned Two', timeZone: 'Europe/Paris', version: 2 });
    const stale = await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, name: 'Lost update' } });
    expectError(stale, 409, 'version_conflict');
    const read = await api('GET', `/api/clients/${client.id}`, { token: world.a.owner.token });
    expect(read.body).toMatchObject({ name: 'Versioned Two', version: 2 });
  });

  it('two concurrent updates at one version: one wins, the other gets 409', async () => {
    const client = await createClient(world.a.owner.token, 'Raced');
    const results = await Promise.all(
      ['One', 'Two'].map((name) => api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, name } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const read = await api('GET', `/api/clients/${client.id}`, { token: world.a.owner.token });
    expect(read.body.version).toBe(2);
    expect(read.body.name).toBe(results.find((r) => r.status === 200)?.body.name);
  });

  it('bad input answers 400 naming each field and creates nothing', async () => {
    const before = (await api('GET', '/api/clients?limit=100', { token: world.a.owner.token })).body.items.length;
    const cases: Array<[unknown, string[]]> = [
      [{ ...clientInput('Bad'), currency: 'XXY' }, ['currency']],
      [{ ...clientInput('Bad'), timeZone: 'Mars/Olympus' }, ['timeZone']],
      [{ ...clientInput('Bad'), billingContact: { name: 'x', email: 'nope' } }, ['billingContact.email']],
      [{ ...clientInput(''), extra: true }, ['name', '(body)']],
      [{}, ['name', 'currency', 'timeZone', 'billingContact']],
      [{ ...clientInput('Bad'), tenantId: world.b.tenantId }, ['(body)']],
    ];
    for (const [body, fields] of cases) {
      const response = await api('POST', '/api/clients', { token: world.a.owner.token, body });
      expectError(response, 400, 'validation_error');
      expect(response.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(fields));
    }
    expectError(await api('POST', '/api/clients', { token: world.a.owner.token, rawBody: '{"name": ', headers: { 'content-type': 'application/json' } }), 400);
    const wrongType = await api('POST', '/api/clients', { token: world.a.owner.token, rawBody: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe('unsupported_media_type');
    const after = (await api('GET', '/api/clients?limit=100', { token: world.a.owner.token })).body.items.length;
    expect(after).toBe(before);
  });

  it('a body over 1 MB answers 413', async () => {
    const response = await api('POST', '/api/clients', {
      token: world.a.owner.token,
      body: { ...clientInput('Huge'), name: 'x'.repeat(1024 * 1024 + 10) },
    });
    expectError(response, 413, 'payload_too_large');
  });

  it('replays an idempotent create, and refuses the key with another body', async () => {
    const headers = { 'idempotency-key': `key-${Date.now()}` };
    const first = await api('POST', '/api/clients', { token: world.a.owner.token, body: clientInput('Once Only'), headers });
    const second = await api('POST', '/api/clients', { token: world.a.owner.token, body: clientInput('Once Only'), headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const all = (await api('GET', '/api/clients?limit=100', { token: world.a.owner.token })).body.items;
    expect(all.filter((c: { name: string }) => c.name === 'Once Only')).toHaveLength(1);
    const other = await api('POST', '/api/clients', { token: world.a.owner.token, body: clientInput('Other body'), headers });
    expectError(other, 422, 'idempotency_key_reused');
  });

  it('the same idempotency key from another tenant is a separate request', async () => {
    const headers = { 'idempotency-key': `shared-${Date.now()}` };
    const mine = await api('POST', '/api/clients', { token: world.a.owner.token, body: clientInput('Mine'), headers });
    const theirs = await api('POST', '/api/clients', { token: world.b.owner.token, body: clientInput('Mine'), headers });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('twenty concurrent creates with one idempotency key make one client, and all twenty get its response', async () => {
    const headers = { 'idempotency-key': `burst-${Date.now()}` };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => api('POST', '/api/clients', { token: world.a.manager.token, body: clientInput('Burst'), headers })),
    );
    // Repeats that arrive while the first runs wait for it and answer what it answered.
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const all = (await api('GET', '/api/clients?limit=100', { token: world.a.owner.token })).body.items;
    expect(all.filter((c: { name: string }) => c.name === 'Burst')).toHaveLength(1);
  });
});

describe('client lists', () => {
  it('page with signed cursors and refuse tampered, foreign or re-bound ones', async () => {
    const firmClients = [world.a.c1, world.a.c2];
    const seen: string[] = [];
    let cursor: string | null = null;
    let first: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await api(
        'GET',
        `/api/clients?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: world.a.owner.token },
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
      first ??= cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(firmClients));
    expect(first).not.toBeNull();
    const firstCursor = first as string;

    const [payload, mac] = firstCursor.split('.');
    const tampered = `${Buffer.from(JSON.stringify({ pk: `T#${world.b.tenantId}`, sk: 'CLIENT#' })).toString('base64url')}.${mac}`;
    expectError(await api('GET', `/api/clients?cursor=${encodeURIComponent(tampered)}`, { token: world.a.owner.token }), 400);
    expectError(await api('GET', `/api/clients?cursor=${encodeURIComponent(`${payload}.AAAA`)}`, { token: world.a.owner.token }), 400);
    expectError(await api('GET', `/api/clients?cursor=${encodeURIComponent(firstCursor)}`, { token: world.b.owner.token }), 400);
    expectError(await api('GET', `/api/clients?cursor=${encodeURIComponent(firstCursor)}`, { token: world.a.manager.token }), 400);
    expectError(await api('GET', `/api/members?cursor=${encodeURIComponent(firstCursor)}`, { token: world.a.owner.token }), 400);
  });

  it('refuses a limit outside 1–100', async () => {
    for (const limit of ['0', '101', 'abc', '-1']) {
      const response = await api('GET', `/api/clients?limit=${limit}`, { token: world.a.owner.token });
      expectError(response, 400, 'validation_error');
      expect(response.body.error.details[0].field).toBe('limit');
    }
  });
});
