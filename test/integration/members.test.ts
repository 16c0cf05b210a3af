import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectError, PASSWORD, uniqueEmail } from '../support/api.ts';
import { buildWorld, createClient, invite, login, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe('members', () => {
  it('an owner invites a member, who signs in with the password given', async () => {
    const email = uniqueEmail('new-agent');
    const response = await api('POST', '/api/members', {
      token: world.a.owner.token,
      body: { email, name: 'New Agent', role: 'agent', password: PASSWORD },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ email, name: 'New Agent', role: 'agent', active: true, assignedClientIds: [], version: 1 });
    expect(response.body.temporaryPassword).toBeUndefined();
    const token = await login(email);
    expect((await api('GET', '/api/me', { token })).body.user.role).toBe('agent');
  });

  it('an invitation without a password returns a temporary one that signs in', async () => {
    const email = uniqueEmail('temp');
    const response = await api('POST', '/api/members', { token: world.a.owner.token, body: { email, name: 'Temp', role: 'manager' } });
    expect(response.status).toBe(201);
    expect(typeof response.body.temporaryPassword).toBe('string');
    expect(await login(email, response.body.temporaryPassword)).toBeTruthy();
  });

  it('only owners invite; managers list, agents and reviewers may not', async () => {
    const body = { email: uniqueEmail('x'), name: 'X', role: 'agent', password: PASSWORD };
    expectError(await api('POST', '/api/members', { token: world.a.manager.token, body }), 403);
    expectError(await api('POST', '/api/members', { token: world.a.agent.token, body }), 403);
    expect((await api('GET', '/api/members', { token: world.a.manager.token })).status).toBe(200);
    expectError(await api('GET', '/api/members', { token: world.a.agent.token }), 403);
    expectError(await api('GET', '/api/members', { token: world.a.reviewer.token }), 403);
  });

  it("lists only the caller's own firm", async () => {
    const all = (await api('GET', '/api/members?limit=100', { token: world.a.owner.token })).body.items;
    const ids = all.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([world.a.owner.id, world.a.agent.id, world.a.reviewer.id]));
    expect(ids).not.toContain(world.b.owner.id);
    expect(ids).not.toContain(world.b.reviewer.id);
  });

  it('a reviewer must be bound to an existing client of the firm, and only a reviewer', async () => {
    const base = { name: 'R', password: PASSWORD };
    const missing = await api('POST', '/api/members', { token: world.a.owner.token, body: { ...base, email: uniqueEmail('r'), role: 'client' } });
    expectError(missing, 400);
    expect(missing.body.error.details[0].field).toBe('clientId');
    const foreign = await api('POST', '/api/members', {
      token: world.a.owner.token,
      body: { ...base, email: uniqueEmail('r'), role: 'client', clientId: world.b.client },
    });
    expectError(foreign, 400);
    const agentWithClient = await api('POST', '/api/members', {
      token: world.a.owner.token,
      body: { ...base, email: uniqueEmail('r'), role: 'agent', clientId: world.a.c1 },
    });
    expectError(agentWithClient, 400);
  });

  it('a duplicate email answers 409 and the first member is untouched', async () => {
    const response = await api('POST', '/api/members', {
      token: world.b.owner.token,
      body: { email: world.a.manager.email, name: 'Dup', role: 'owner', password: 'another-password' },
    });
    expectError(response, 409, 'email_taken');
    expect(await login(world.a.manager.email)).toBeTruthy();
  });

  it('another firm cannot read or change a member (404)', async () => {
    expectError(await api('GET', `/api/members/${world.a.agent.id}`, { token: world.b.owner.token }), 404);
    expectError(await api('PATCH', `/api/members/${world.a.agent.id}`, { token: world.b.owner.token, body: { version: 1, name: 'Hijack' } }), 404);
    const read = await api('GET', `/api/members/${world.a.agent.id}`, { token: world.a.owner.token });
    expect(read.body.name).toBe('A agent');
  });

  it('anyone may read their own member record; agents may not read others', async () => {
    expect((await api('GET', `/api/members/${world.a.agent.id}`, { token: world.a.agent.token })).status).toBe(200);
    expectError(await api('GET', `/api/members/${world.a.manager.id}`, { token: world.a.agent.token }), 403);
  });

  it('deactivating a member stops their existing tokens at once and their sign-in', async () => {
    const member = await invite(world.a.owner.token, 'manager');
    expect((await api('GET', '/api/me', { token: member.token })).status).toBe(200);
    const patch = await api('PATCH', `/api/members/${member.id}`, { token: world.a.owner.token, body: { version: 1, active: false } });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ active: false, version: 2 });
    expectError(await api('GET', '/api/me', { token: member.token }), 401);
    expectError(await api('POST', '/api/auth/login', { body: { email: member.email, password: PASSWORD } }), 401);
    await api('PATCH', `/api/members/${member.id}`, { token: world.a.owner.token, body: { version: 2, active: true } });
    expect((await api('GET', '/api/me', { token: await login(member.email) })).status).toBe(200);
  });

  it('a role change ends old tokens; the new sign-in carries the new role', async () => {
    const member = await invite(world.a.owner.token, 'agent');
    const patch = await api('PATCH', `/api/members/${member.id}`, { token: world.a.owner.token, body: { version: 1, role: 'manager' } });
    expect(patch.status).toBe(200);
    expectError(await api('GET', '/api/me', { token: member.token }), 401);
    const me = await api('GET', '/api/me', { token: await login(member.email) });
    expect(me.body.user.role).toBe('manager');
  });

  it('an owner cannot demote or deactivate themselves', async () => {
    const self = await api('GET', `/api/members/${world.a.owner.id}`, { token: world.a.owner.token });
    const response = await api('PATCH', `/api/members/${world.a.owner.id}`, {
      token: world.a.owner.token,
      body: { version: self.body.version, active: false },
    });
    expectError(response, 409, 'cannot_change_self');
  });

  it('a stale version answers 409 and changes nothing', async () => {
    const member = await invite(world.a.owner.token, 'agent');
    await api('PATCH', `/api/members/${member.id}`, { token: world.a.owner.token, body: { version: 1, name: 'Renamed' } });
    expectError(await api('PATCH', `/api/members/${member.id}`, { token: world.a.owner.token, body: { version: 1, name: 'Stale' } }), 409);
    expect((await api('GET', `/api/members/${member.id}`, { token: world.a.owner.token })).body.name).toBe('Renamed');
  });

  it('bad member input answers 400 and nothing is created', async () => {
    const email = uniqueEmail('bad');
    const response = await api('POST', '/api/members', {
      token: world.a.owner.token,
      body: { email, name: '', role: 'emperor', password: 'short' },
    });
    expectError(response, 400);
    expect(response.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['name', 'password', 'role']);
    expectError(await api('POST', '/api/auth/login', { body: { email, password: 'short' } }), 401);
  });

  it('an idempotent invite sent twice creates one member', async () => {
    const headers = { 'idempotency-key': `invite-${Date.now()}` };
    const body = { email: uniqueEmail('once'), name: 'Once', role: 'agent', password: PASSWORD };
    const first = await api('POST', '/api/members', { token: world.a.owner.token, body, headers });
    const second = await api('POST', '/api/members', { token: world.a.owner.token, body, headers });
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });
});

describe('assignments', () => {
  it('owners and managers read and replace a client’s agents; the agent then sees the client', async () => {
    const client = await createClient(world.a.owner.token, 'Assigned Later');
    const agent = await invite(world.a.owner.token, 'agent');
    expectError(await api('GET', `/api/clients/${client.id}`, { token: agent.token }), 404);
    const empty = await api('GET', `/api/clients/${client.id}/assignments`, { token: world.a.manager.token });
    expect(empty.body).toMatchObject({ clientId: client.id, agentIds: [] });
    const put = await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.manager.token, body: { agentIds: [agent.id] } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ clientId: client.id, agentIds: [agent.id], version: 1 });
    expect((await api('GET', `/api/clients/${client.id}`, { token: agent.token })).status).toBe(200);
    expect((await api('GET', `/api/members/${agent.id}`, { token: world.a.owner.token })).body.assignedClientIds).toEqual([client.id]);

    await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [] } });
    expectError(await api('GET', `/api/clients/${client.id}`, { token: agent.token }), 404);
  });

  it('deactivating an agent removes them from every assignment list', async () => {
    const client = await createClient(world.a.owner.token, 'Loses Agent');
    const agent = await invite(world.a.owner.token, 'agent');
    await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [agent.id, world.a.agent.id] } });
    await api('PATCH', `/api/members/${agent.id}`, { token: world.a.owner.token, body: { version: 2, active: false } });
    const list = await api('GET', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token });
    expect(list.body.agentIds).toEqual([world.a.agent.id]);
  });

  it('only active agents of the firm can be assigned; the 400 names each bad entry', async () => {
    const response = await api('PUT', `/api/clients/${world.a.c1}/assignments`, {
      token: world.a.owner.token,
      body: { agentIds: [world.a.agent.id, world.a.manager.id, world.b.owner.id, 'nope'] },
    });
    expectError(response, 400);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toEqual(['agentIds.3']);
    const second = await api('PUT', `/api/clients/${world.a.c1}/assignments`, {
      token: world.a.owner.token,
      body: { agentIds: [world.a.agent.id, world.a.manager.id, world.b.owner.id] },
    });
    expect(second.body.error.details.map((d: { field: string }) => d.field)).toEqual(['agentIds.1', 'agentIds.2']);
    const list = await api('GET', `/api/clients/${world.a.c1}/assignments`, { token: world.a.owner.token });
    expect(list.body.agentIds).toEqual([world.a.agent.id]);
  });

  it('agents and reviewers of the client may not read or change assignments (403)', async () => {
    expectError(await api('GET', `/api/clients/${world.a.c1}/assignments`, { token: world.a.agent.token }), 403);
    expectError(await api('PUT', `/api/clients/${world.a.c1}/assignments`, { token: world.a.reviewer.token, body: { agentIds: [] } }), 403);
  });

  it('outsiders get 404 and change nothing', async () => {
    for (const [who, token] of outsidersOfC1(world)) {
      expect((await api('GET', `/api/clients/${world.a.c1}/assignments`, { token })).status, who).toBe(404);
      const put = await api('PUT', `/api/clients/${world.a.c1}/assignments`, { token, body: { agentIds: [] } });
      expect(put.status, who).toBe(404);
    }
    const list = await api('GET', `/api/clients/${world.a.c1}/assignments`, { token: world.a.owner.token });
    expect(list.body.agentIds).toEqual([world.a.agent.id]);
  });

  it('a client of another tenant answers 404 to its owner’s neighbour', async () => {
    expectError(await api('PUT', `/api/clients/${world.b.client}/assignments`, { token: world.a.owner.token, body: { agentIds: [world.a.agent.id] } }), 404);
  });
});
