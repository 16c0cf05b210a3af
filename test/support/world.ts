import { api, PASSWORD, uniqueEmail } from './api.ts';

export interface Actor {
  id: string;
  email: string;
  token: string;
}

export interface Firm {
  tenantId: string;
  owner: Actor;
}

export async function login(email: string, password = PASSWORD): Promise<string> {
  const response = await api('POST', '/api/auth/login', { body: { email, password } });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token;
}

export async function signupFirm(firmName = 'Test Firm'): Promise<Firm> {
  const email = uniqueEmail('owner');
  const response = await api('POST', '/api/signup', { body: { firmName, name: 'Owner', email, password: PASSWORD } });
  if (response.status !== 201) throw new Error(`signup: ${response.status} ${JSON.stringify(response.body)}`);
  return { tenantId: response.body.tenant.id, owner: { id: response.body.user.id, email, token: response.body.token } };
}

export async function invite(
  ownerToken: string,
  role: 'manager' | 'agent' | 'client' | 'owner',
  clientId?: string,
): Promise<Actor> {
  const email = uniqueEmail(role);
  const response = await api('POST', '/api/members', {
    token: ownerToken,
    body: { email, name: `A ${role}`, role, password: PASSWORD, ...(clientId ? { clientId } : {}) },
  });
  if (response.status !== 201) throw new Error(`invite: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, email, token: await login(email) };
}

export const clientInput = (name: string) => ({
  name,
  currency: 'USD',
  timeZone: 'America/New_York',
  billingContact: { name: 'Billing Person', email: 'billing@example.test' },
});

export async function createClient(token: string, name: string): Promise<{ id: string; version: number }> {
  const response = await api('POST', '/api/clients', { token, body: clientInput(name) });
  if (response.status !== 201) throw new Error(`createClient: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function assign(token: string, clientId: string, agentIds: string[]): Promise<void> {
  const response = await api('PUT', `/api/clients/${clientId}/assignments`, { token, body: { agentIds } });
  if (response.status !== 200) throw new Error(`assign: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * Two firms. In A: an owner, a manager, clients C1 and C2, an agent assigned to C1, an agent assigned
 * only to C2 (unassigned for C1), a reviewer of C1 and a reviewer of C2. In B: an owner, a client and
 * its reviewer. Every isolation test tries A's C1 resources as B's owner, B's reviewer, A's C2 agent
 * and A's C2 reviewer.
 */
export interface World {
  a: Firm & {
    manager: Actor;
    agent: Actor;
    otherAgent: Actor;
    reviewer: Actor;
    otherReviewer: Actor;
    c1: string;
    c2: string;
  };
  b: Firm & { reviewer: Actor; client: string };
}

export async function buildWorld(): Promise<World> {
  const [firmA, firmB] = await Promise.all([signupFirm('Firm A'), signupFirm('Firm B')]);
  const [c1, c2, bClient] = await Promise.all([
    createClient(firmA.owner.token, 'Client One'),
    createClient(firmA.owner.token, 'Client Two'),
    createClient(firmB.owner.token, 'B Client'),
  ]);
  const [manager, agentIdOnly, otherAgentIdOnly, reviewer, otherReviewer, bReviewer] = await Promise.all([
    invite(firmA.owner.token, 'manager'),
    invite(firmA.owner.token, 'agent'),
    invite(firmA.owner.token, 'agent'),
    invite(firmA.owner.token, 'client', c1.id),
    invite(firmA.owner.token, 'client', c2.id),
    invite(firmB.owner.token, 'client', bClient.id),
  ]);
  await assign(firmA.owner.token, c1.id, [agentIdOnly.id]);
  await assign(firmA.owner.token, c2.id, [otherAgentIdOnly.id]);
  return {
    a: { ...firmA, manager, agent: agentIdOnly, otherAgent: otherAgentIdOnly, reviewer, otherReviewer, c1: c1.id, c2: c2.id },
    b: { ...firmB, reviewer: bReviewer, client: bClient.id },
  };
}

/** The four callers who must never see A's C1: B's owner, B's reviewer, A's C2 agent, A's C2 reviewer. */
export function outsidersOfC1(world: World): Array<[string, string]> {
  return [
    ['another tenant', world.b.owner.token],
    ["another tenant's client reviewer", world.b.reviewer.token],
    ['an unassigned agent', world.a.otherAgent.token],
    ["another client's reviewer", world.a.otherReviewer.token],
  ];
}
