import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../support/table.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as slaSweep } from '../../functions/support/sla-sweep.ts';
import { createTicket } from '../../functions/support/service.ts';
import { addSlaMinutes } from '../../functions/support/sla.ts';
import { api, expectError } from '../support/api.ts';
import { buildWorld, outsidersOfC1, type World } from '../support/world.ts';

/** The newest audit records, straight from the table: the audit API arrives with issue 4. */
async function recentAudit(tenantId: string) {
  const result = await table.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `T#${tenantId}#AUDIT` },
      ScanIndexForward: false,
      Limit: 50,
    }),
  );
  return result.Items ?? [];
}

let world: World;
let queueId: string;
beforeAll(async () => {
  world = await buildWorld();
  queueId = (await newQueue(world.a.manager.token, world.a.c1)).id;
});

const SLA = {
  firstResponseMinutes: { urgent: 30, high: 60, normal: 240, low: 480 },
  resolutionMinutes: { urgent: 240, high: 480, normal: 1440, low: 2880 },
};
const MINUTE = 60_000;

async function newQueue(token: string, clientId: string, body: Record<string, unknown> = {}) {
  const response = await api('POST', `/api/clients/${clientId}/queues`, { token, body: { name: 'Customer support', sla: SLA, ...body } });
  if (response.status !== 201) throw new Error(`newQueue: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const tickets = (clientId = world.a.c1) => `/api/clients/${clientId}/tickets`;

async function newTicket(token = world.a.agent.token, body: Record<string, unknown> = {}, clientId = world.a.c1) {
  const response = await api('POST', tickets(clientId), {
    token,
    body: {
      queueId,
      subject: 'Printer on fire',
      requester: { name: 'Ria Patel', email: 'ria@customer.test' },
      priority: 'high',
      body: 'It is smoking.',
      ...body,
    },
  });
  if (response.status !== 201) throw new Error(`newTicket: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const read = async (ticketId: string, token = world.a.owner.token, clientId = world.a.c1) =>
  (await api('GET', `${tickets(clientId)}/${ticketId}`, { token })).body;
const messages = async (ticketId: string, token: string) => (await api('GET', `${tickets()}/${ticketId}/messages`, { token })).body.items;
const post = (ticketId: string, token: string, body: Record<string, unknown>) => api('POST', `${tickets()}/${ticketId}/messages`, { token, body });
const patch = (ticketId: string, token: string, body: Record<string, unknown>) => api('PATCH', `${tickets()}/${ticketId}`, { token, body });

describe('queues', () => {
  it('a manager opens queues of each kind; every role on the client reads them', async () => {
    const it = await newQueue(world.a.owner.token, world.a.c1, { name: 'IT help desk', kind: 'it_support' });
    expect(it).toMatchObject({ clientId: world.a.c1, name: 'IT help desk', kind: 'it_support', sla: SLA, businessHours: null, version: 1 });
    const compliance = await newQueue(world.a.manager.token, world.a.c1, {
      name: 'Compliance requests',
      kind: 'compliance',
      businessHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
    });
    expect(compliance.businessHours).toEqual({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' });
    expect((await api('GET', `/api/clients/${world.a.c1}/queues/${queueId}`, { token: world.a.reviewer.token })).body.kind).toBe('customer_support');
    const listed = await api('GET', `/api/clients/${world.a.c1}/queues`, { token: world.a.agent.token });
    expect(listed.body.items.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining([queueId, it.id, compliance.id]));
  });

  it('agents and reviewers may not open queues (403); bad policies answer 400 naming fields', async () => {
    expectError(await api('POST', `/api/clients/${world.a.c1}/queues`, { token: world.a.agent.token, body: { name: 'x', sla: SLA } }), 403);
    expectError(await api('POST', `/api/clients/${world.a.c1}/queues`, { token: world.a.reviewer.token, body: { name: 'x', sla: SLA } }), 403);
    const bad = await api('POST', `/api/clients/${world.a.c1}/queues`, {
      token: world.a.owner.token,
      body: {
        name: 'x',
        kind: 'sales',
        sla: { firstResponseMinutes: { ...SLA.firstResponseMinutes, low: 0 }, resolutionMinutes: { ...SLA.resolutionMinutes, urgent: 10 } },
        businessHours: { days: ['mon', 'mon'], start: '18:00', end: '09:00' },
      },
    });
    expectError(bad, 400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['kind', 'sla.firstResponseMinutes.low', 'businessHours.days']),
    );
    const shortResolution = await api('POST', `/api/clients/${world.a.c1}/queues`, {
      token: world.a.owner.token,
      body: { name: 'x', sla: { ...SLA, resolutionMinutes: { ...SLA.resolutionMinutes, urgent: 10 } } },
    });
    expect(shortResolution.body.error.details.map((d: { field: string }) => d.field)).toEqual(['sla.resolutionMinutes.urgent']);
    const closesBeforeOpening = await api('POST', `/api/clients/${world.a.c1}/queues`, {
      token: world.a.owner.token,
      body: { name: 'x', sla: SLA, businessHours: { days: ['mon'], start: '18:00', end: '09:00' } },
    });
    expect(closesBeforeOpening.body.error.details.map((d: { field: string }) => d.field)).toEqual(['businessHours.end']);
  });
});

describe('tickets', () => {
  it('opens as new with due times from the queue’s targets for its priority', async () => {
    const ticket = await newTicket();
    expect(ticket).toMatchObject({
      clientId: world.a.c1,
      queueId,
      kind: 'customer_support',
      subject: 'Printer on fire',
      requester: { name: 'Ria Patel', email: 'ria@customer.test' },
      priority: 'high',
      status: 'new',
      assigneeId: null,
      createdBy: world.a.agent.id,
      firstRespondedAt: null,
      version: 1,
    });
    const created = Date.parse(ticket.createdAt);
    expect(Date.parse(ticket.sla.firstResponseDueAt) - created).toBe(60 * MINUTE);
    expect(Date.parse(ticket.sla.resolutionDueAt) - created).toBe(480 * MINUTE);
    expect(ticket.sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });
    expect(await read(ticket.id, world.a.reviewer.token)).toEqual(ticket);
    const thread = await messages(ticket.id, world.a.reviewer.token);
    expect(thread).toEqual([expect.objectContaining({ body: 'It is smoking.', visibility: 'public', author: expect.objectContaining({ kind: 'requester' }) })]);
  });

  it('counts business minutes in the client’s time zone on a queue with opening hours', async () => {
    const hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' };
    const queue = await newQueue(world.a.owner.token, world.a.c1, { name: 'Office hours', businessHours: hours });
    const ticket = await newTicket(world.a.agent.token, { queueId: queue.id, priority: 'urgent' });
    const calendar = { businessHours: hours as never, timeZone: 'America/New_York' };
    expect(ticket.sla.firstResponseDueAt).toBe(addSlaMinutes(ticket.createdAt, 30, calendar));
    expect(ticket.sla.resolutionDueAt).toBe(addSlaMinutes(ticket.createdAt, 240, calendar));
  });

  it('a client’s reviewer may raise a ticket but not assign it; the queue must be the client’s', async () => {
    const raised = await newTicket(world.a.reviewer.token, { priority: 'low' });
    expect(raised.createdBy).toBe(world.a.reviewer.id);
    expectError(
      await api('POST', tickets(), {
        token: world.a.reviewer.token,
        body: { queueId, subject: 's', requester: { name: 'n', email: 'n@x.test' }, body: 'b', assigneeId: world.a.agent.id },
      }),
      403,
    );
    const otherQueue = await newQueue(world.a.owner.token, world.a.c2);
    const wrongQueue = await api('POST', tickets(), {
      token: world.a.agent.token,
      body: { queueId: otherQueue.id, subject: 's', requester: { name: 'n', email: 'n@x.test' }, body: 'b' },
    });
    expectError(wrongQueue, 400);
    expect(wrongQueue.body.error.details[0].field).toBe('queueId');
    const bad = await api('POST', tickets(), { token: world.a.agent.token, body: { queueId, subject: '', requester: { name: 'n', email: 'x' }, priority: 'asap' } });
    expectError(bad, 400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['subject', 'requester.email', 'priority', 'body']));
  });

  it('replays an idempotent create without a second ticket', async () => {
    const headers = { 'idempotency-key': `ticket-${Date.now()}` };
    const body = { queueId, subject: 'Once', requester: { name: 'n', email: 'n@x.test' }, body: 'b' };
    const first = await api('POST', tickets(), { token: world.a.agent.token, body, headers });
    const again = await api('POST', tickets(), { token: world.a.agent.token, body, headers });
    expect(again.body).toEqual(first.body);
    const all = (await api('GET', `${tickets()}?limit=100`, { token: world.a.owner.token })).body.items;
    expect(all.filter((t: { subject: string }) => t.subject === 'Once')).toHaveLength(1);
  });
});

describe('messages', () => {
  it('the firm’s first public reply sets firstRespondedAt and moves new to open; internal notes stay with the firm', async () => {
    const ticket = await newTicket();
    const note = await post(ticket.id, world.a.agent.token, { body: 'Customer is a VIP', visibility: 'internal' });
    expect(note.status).toBe(201);
    expect(await read(ticket.id)).toMatchObject({ status: 'new', firstRespondedAt: null, version: 1 });
    const reply = await post(ticket.id, world.a.agent.token, { body: 'We are on it', visibility: 'public' });
    expect(reply.body).toMatchObject({ visibility: 'public', author: { kind: 'firm', id: world.a.agent.id } });
    const after = await read(ticket.id);
    expect(after).toMatchObject({ status: 'open', firstRespondedAt: reply.body.createdAt, version: 2 });
    expect(after.sla.firstResponseBreached).toBe(false);
    const second = await post(ticket.id, world.a.manager.token, { body: 'Update: parts ordered' });
    expect(second.body.visibility).toBe('public');
    expect((await read(ticket.id)).firstRespondedAt).toBe(reply.body.createdAt);

    const firmView = await messages(ticket.id, world.a.manager.token);
    expect(firmView.map((m: { body: string }) => m.body)).toEqual(['It is smoking.', 'Customer is a VIP', 'We are on it', 'Update: parts ordered']);
    const clientView = await messages(ticket.id, world.a.reviewer.token);
    expect(clientView.map((m: { body: string }) => m.body)).toEqual(['It is smoking.', 'We are on it', 'Update: parts ordered']);
    expect(JSON.stringify(clientView)).not.toContain('VIP');
  });

  it('a reviewer replies in public only, and their reply is not a first response', async () => {
    const ticket = await newTicket();
    expectError(await post(ticket.id, world.a.reviewer.token, { body: 'psst', visibility: 'internal' }), 403);
    const reply = await post(ticket.id, world.a.reviewer.token, { body: 'Any news?' });
    expect(reply.status).toBe(201);
    expect(reply.body.author).toMatchObject({ kind: 'client', id: world.a.reviewer.id });
    expect(await read(ticket.id)).toMatchObject({ status: 'new', firstRespondedAt: null });
    expectError(await post(ticket.id, world.a.agent.token, { body: '' }), 400);
    expectError(await post(ticket.id, world.a.agent.token, { body: 'x', visibility: 'secret' }), 400);
  });

  it('a reviewer’s reply reopens a pending ticket; a closed ticket takes no more messages (409)', async () => {
    const ticket = await newTicket();
    await post(ticket.id, world.a.agent.token, { body: 'Can you send a photo?' });
    await patch(ticket.id, world.a.agent.token, { version: 2, status: 'pending' });
    await post(ticket.id, world.a.reviewer.token, { body: 'Photo attached' });
    expect((await read(ticket.id)).status).toBe('open');
    const solved = await patch(ticket.id, world.a.agent.token, { version: 4, status: 'solved' });
    const closed = await patch(ticket.id, world.a.agent.token, { version: solved.body.version, status: 'closed' });
    expect(closed.body).toMatchObject({ status: 'closed' });
    expectError(await post(ticket.id, world.a.agent.token, { body: 'one more thing' }), 409, 'invalid_transition');
    expectError(await post(ticket.id, world.a.reviewer.token, { body: 'hello?' }), 409);
  });
});

describe('ticket changes', () => {
  it('PATCH moves status along the table, stamps solvedAt, and refuses other moves with 409', async () => {
    const ticket = await newTicket();
    expectError(await patch(ticket.id, world.a.agent.token, { version: 1, status: 'closed' }), 409, 'invalid_transition');
    const solved = await patch(ticket.id, world.a.agent.token, { version: 1, status: 'solved' });
    expect(solved.status).toBe(200);
    expect(solved.body).toMatchObject({ status: 'solved', version: 2 });
    expect(solved.body.solvedAt).toBeTruthy();
    expectError(await patch(ticket.id, world.a.agent.token, { version: 1, status: 'open' }), 409, 'version_conflict');
    const reopened = await patch(ticket.id, world.a.manager.token, { version: 2, status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', solvedAt: null, version: 3 });
    expectError(await patch(ticket.id, world.a.agent.token, { version: 3, status: 'new' }), 409, 'invalid_transition');
    expectError(await patch(ticket.id, world.a.reviewer.token, { version: 3, status: 'solved' }), 403);
    expect(await read(ticket.id)).toMatchObject({ status: 'open', version: 3 });
  });

  it('a new priority re-times the targets from the ticket’s creation', async () => {
    const ticket = await newTicket();
    const urgent = await patch(ticket.id, world.a.agent.token, { version: 1, priority: 'urgent' });
    expect(urgent.body.priority).toBe('urgent');
    expect(Date.parse(urgent.body.sla.firstResponseDueAt) - Date.parse(ticket.createdAt)).toBe(30 * MINUTE);
    expect(Date.parse(urgent.body.sla.resolutionDueAt) - Date.parse(ticket.createdAt)).toBe(240 * MINUTE);
    // The queue's terms the ticket keeps for this are storage, never shown.
    expect(ticket).not.toHaveProperty('queueTerms');
    expect(urgent.body).not.toHaveProperty('queueTerms');
  });

  it('assigns to a firm member who works for the client, and to no one else', async () => {
    const ticket = await newTicket();
    const assigned = await patch(ticket.id, world.a.manager.token, { version: 1, assigneeId: world.a.agent.id });
    expect(assigned.body.assigneeId).toBe(world.a.agent.id);
    for (const stranger of [world.a.otherAgent.id, world.a.reviewer.id, world.b.owner.id, '01JC0000000000000000000000']) {
      const response = await patch(ticket.id, world.a.manager.token, { version: 2, assigneeId: stranger });
      expectError(response, 400);
      expect(response.body.error.details[0].field).toBe('assigneeId');
    }
    const unassigned = await patch(ticket.id, world.a.agent.token, { version: 2, assigneeId: null });
    expect(unassigned.body).toMatchObject({ assigneeId: null, version: 3 });
    expectError(await patch(ticket.id, world.a.agent.token, { version: 3, status: 'done' }), 400);
  });

  it('filters by status, priority, assignee and breached', async () => {
    const queue = await newQueue(world.a.owner.token, world.a.c1, { name: 'Filters' });
    const ids = async (query: string) =>
      (await api('GET', `${tickets()}?queueId=${queue.id}&limit=100&${query}`, { token: world.a.agent.token })).body.items.map((t: { id: string }) => t.id);
    const low = await newTicket(world.a.agent.token, { queueId: queue.id, priority: 'low' });
    const mine = await newTicket(world.a.agent.token, { queueId: queue.id, priority: 'urgent', assigneeId: world.a.agent.id });
    const pending = await newTicket(world.a.agent.token, { queueId: queue.id, assigneeId: world.a.manager.id });
    await patch(pending.id, world.a.agent.token, { version: 1, status: 'pending' });
    expect(await ids('')).toEqual([pending.id, mine.id, low.id]);
    expect(await ids('status=new')).toEqual([mine.id, low.id]);
    expect(await ids('status=pending')).toEqual([pending.id]);
    expect(await ids('priority=urgent')).toEqual([mine.id]);
    expect(await ids(`assigneeId=${world.a.agent.id}`)).toEqual([mine.id]);
    expect(await ids(`assignee=${world.a.manager.id}&status=pending`)).toEqual([pending.id]);
    expect(await ids(`assigneeId=${world.a.manager.id}&status=new`)).toEqual([]);
    expect(await ids('breached=false')).toEqual([pending.id, mine.id, low.id]);
    expect(await ids('breached=true')).toEqual([]);
    expectError(await api('GET', `${tickets()}?status=lost`, { token: world.a.agent.token }), 400);
    expectError(await api('GET', `${tickets()}?breached=maybe`, { token: world.a.agent.token }), 400);
  });
});

describe('breach flags before the sweep', () => {
  it('a ticket past its due time reads as breached and is found by the breached filter, sweep or no sweep', async () => {
    // A ticket opened three hours ago (through the service, which takes the time as a parameter).
    const owner = { tenantId: world.a.tenantId, userId: world.a.owner.id, email: world.a.owner.email, role: 'owner' as const, assignedClientIds: new Set<string>() };
    const queue = await newQueue(world.a.manager.token, world.a.c1, { name: 'Late' });
    const late = await createTicket(
      owner,
      world.a.c1,
      { queueId: queue.id, subject: 'Opened long ago', requester: { name: 'n', email: 'n@x.test' }, priority: 'high', body: 'b' },
      { now: Date.now() - 3 * 60 * MINUTE },
    );
    const fresh = await newTicket(world.a.agent.token, { queueId: queue.id });
    expect((await read(late.id, world.a.reviewer.token)).sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: false });
    const ids = async (breached: string) =>
      (await api('GET', `${tickets()}?queueId=${queue.id}&breached=${breached}`, { token: world.a.agent.token })).body.items.map((t: { id: string }) => t.id);
    expect(await ids('true')).toEqual([late.id]);
    expect(await ids('false')).toEqual([fresh.id]);
  });
});

describe('the SLA sweep', () => {
  it('flags tickets past due in every tenant through the time index, and the flags show everywhere', async () => {
    const tight = {
      firstResponseMinutes: { urgent: 1, high: 1, normal: 1, low: 1 },
      resolutionMinutes: { urgent: 2, high: 2, normal: 2, low: 2 },
    };
    const queueA = await newQueue(world.a.manager.token, world.a.c1, { name: 'Tight', sla: tight });
    const queueB = await newQueue(world.b.owner.token, world.b.client, { name: 'Tight B', sla: tight });
    const ignored = await newTicket(world.a.agent.token, { queueId: queueA.id });
    const answered = await newTicket(world.a.agent.token, { queueId: queueA.id });
    await post(answered.id, world.a.agent.token, { body: 'Looking now' });
    const elsewhere = await newTicket(world.b.owner.token, { queueId: queueB.id }, world.b.client);
    const relaxed = await newTicket(world.a.agent.token);
    const before = await read(ignored.id);
    expect(before.sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });

    // The sweep and the due-time logic take the time as a parameter: run it ten minutes from now.
    const future = new Date(Date.now() + 10 * MINUTE).toISOString();
    const result = await slaSweep({ time: future });
    expect(result.breached).toBeGreaterThanOrEqual(3);

    const swept = await read(ignored.id, world.a.reviewer.token);
    expect(swept.sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: true });
    // Flags are derived: the sweep does not make anyone's version stale.
    expect(swept.version).toBe(before.version);
    expect((await read(answered.id)).sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: true });
    expect((await read(elsewhere.id, world.b.reviewer.token, world.b.client)).sla).toMatchObject({ firstResponseBreached: true });
    expect((await read(relaxed.id)).sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });

    const breached = await api('GET', `${tickets()}?breached=true&queueId=${queueA.id}`, { token: world.a.agent.token });
    expect(breached.body.items.map((t: { id: string }) => t.id).sort()).toEqual([ignored.id, answered.id].sort());
    const notBreached = await api('GET', `${tickets()}?breached=false&limit=100`, { token: world.a.agent.token });
    expect(notBreached.body.items.map((t: { id: string }) => t.id)).toContain(relaxed.id);
    expect(notBreached.body.items.map((t: { id: string }) => t.id)).not.toContain(ignored.id);

    // The breach is in the client's audit trail, and a second sweep finds nothing new to flag here.
    const breach = (await recentAudit(world.a.tenantId)).find((record) => record.action === 'ticket.sla_breach' && record.entityId === ignored.id);
    expect(breach).toMatchObject({
      clientId: world.a.c1,
      actor: { id: world.a.tenantId, email: 'system@backdesk.invalid' },
      after: { firstResponseBreached: true, resolutionBreached: true },
    });
    await slaSweep({ time: future });
    expect((await read(ignored.id)).version).toBe(before.version);
    // A person's change still goes through at the version they read.
    const solved = await patch(ignored.id, world.a.agent.token, { version: before.version, status: 'solved' });
    expect(solved.status).toBe(200);
    expect(solved.body.sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false });
  });
});

describe('isolation', () => {
  it('outsiders get 404 on every support route, and nothing changes', async () => {
    const ticket = await newTicket(world.a.agent.token, { assigneeId: world.a.agent.id });
    await post(ticket.id, world.a.agent.token, { body: 'internal detail', visibility: 'internal' });
    const snapshot = await read(ticket.id);
    const thread = await messages(ticket.id, world.a.owner.token);
    const c1 = `/api/clients/${world.a.c1}`;
    for (const [who, token] of outsidersOfC1(world)) {
      const calls: Array<[string, string, unknown?]> = [
        ['GET', `${c1}/queues`],
        ['POST', `${c1}/queues`, { name: 'planted', sla: SLA }],
        ['GET', `${c1}/queues/${queueId}`],
        ['GET', `${c1}/tickets`],
        ['POST', `${c1}/tickets`, { queueId, subject: 's', requester: { name: 'n', email: 'n@x.test' }, body: 'b' }],
        ['GET', `${c1}/tickets/${ticket.id}`],
        ['PATCH', `${c1}/tickets/${ticket.id}`, { version: snapshot.version, status: 'solved' }],
        ['GET', `${c1}/tickets/${ticket.id}/messages`],
        ['POST', `${c1}/tickets/${ticket.id}/messages`, { body: 'planted' }],
      ];
      for (const [method, path, body] of calls) {
        const response = await api(method, path, { token, ...(body !== undefined ? { body } : {}) });
        expect(response.status, `${who}: ${method} ${path}`).toBe(404);
      }
    }
    expect(await read(ticket.id)).toEqual(snapshot);
    expect(await messages(ticket.id, world.a.owner.token)).toEqual(thread);
    expect((await api('GET', `/api/clients/${world.a.c2}/tickets/${ticket.id}`, { token: world.a.owner.token })).status).toBe(404);
    expect((await api('GET', `/api/clients/${world.a.c1}/tickets/x%23y`, { token: world.a.owner.token })).status).toBe(404);
  });
});
