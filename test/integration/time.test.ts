import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { table } from '../support/table.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthInZone, startOfDateInZone } from '../../functions/core/calendar.ts';
import type { TenantContext } from '../../functions/core/context.ts';
import { keys } from '../../functions/core/keys.ts';
import { api, expectError } from '../support/api.ts';
import { inSteadyWindow } from '../support/rate-window.ts';
import { at, logTime, move } from '../support/time.ts';
import { assign, buildWorld, createClient, invite, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe('timer', () => {
  it('starts on an assigned client, refuses a second start, and stops into an open entry', async () => {
    const token = world.a.agent.token;
    expect((await api('GET', '/api/timer', { token })).body).toEqual({ running: false, timer: null });
    const started = await api('POST', '/api/timer/start', { token, body: { clientId: world.a.c1, category: 'payroll', note: 'weekly run' } });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ running: true, timer: { clientId: world.a.c1, category: 'payroll', note: 'weekly run' } });
    expect((await api('GET', '/api/timer', { token })).body.running).toBe(true);
    expectError(await api('POST', '/api/timer/start', { token, body: { clientId: world.a.c1 } }), 409, 'timer_running');

    const stopped = await api('POST', '/api/timer/stop', { token });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ userId: world.a.agent.id, clientId: world.a.c1, status: 'open', category: 'payroll', billable: true });
    expect(stopped.body.durationSeconds).toBeGreaterThanOrEqual(1);
    expect((await api('GET', '/api/timer', { token })).body.running).toBe(false);
    expectError(await api('POST', '/api/timer/stop', { token }), 409, 'timer_not_running');
    expect((await api('GET', `/api/time-entries/${stopped.body.id}`, { token })).body.id).toBe(stopped.body.id);
    await api('DELETE', `/api/time-entries/${stopped.body.id}`, { token });
  });

  it('a timer stopped after its client changed zone or budget is counted on the client as it now is', async () => {
    const client = await createClient(world.a.owner.token, 'Rezoned');
    const token = world.a.manager.token;
    const started = await api('POST', '/api/timer/start', { token, body: { clientId: client.id } });
    expect(started.status).toBe(200);
    // The timer started without a budget; the stop must see the one set since, and report crossing 80 %
    // of it (720 of 900 seconds): 715 seconds logged just before the timer, then the timer's few seconds.
    const patched = await api('PATCH', `/api/clients/${client.id}`, {
      token: world.a.owner.token,
      body: { version: client.version, timeZone: 'Pacific/Kiritimati', monthlyBudgetHours: 0.25 },
    });
    expect(patched.status).toBe(200);
    const timerStart = Date.parse(started.body.timer.startedAt);
    const logged = await logTime(token, {
      clientId: client.id,
      startedAt: new Date(timerStart - 716_000).toISOString(),
      endedAt: new Date(timerStart - 1000).toISOString(),
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, timerStart + 6000 - Date.now())));
    const stopped = await api('POST', '/api/timer/stop', { token });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ clientId: client.id, status: 'open' });
    const trail = await api('GET', `/api/audit?clientId=${client.id}&entity=client_budget`, { token: world.a.owner.token });
    expect(trail.body.items.map((r: { after: { threshold: number } }) => r.after.threshold)).toEqual([80]);
    expectError(await api('POST', '/api/timer/stop', { token }), 409, 'timer_not_running');
    await api('DELETE', `/api/time-entries/${stopped.body.id}`, { token });
    await api('DELETE', `/api/time-entries/${logged.id}`, { token });
  });

  it('concurrent starts leave exactly one timer running', async () => {
    const token = world.a.manager.token;
    const results = await Promise.all(Array.from({ length: 5 }, () => api('POST', '/api/timer/start', { token, body: { clientId: world.a.c2 } })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 200)) expectError(r, 409, 'timer_running');
    const stopped = await api('POST', '/api/timer/stop', { token });
    await api('DELETE', `/api/time-entries/${stopped.body.id}`, { token });
  });

  it('starting on a client the agent is not assigned to answers 404; a reviewer may not track (403)', async () => {
    expectError(await api('POST', '/api/timer/start', { token: world.a.agent.token, body: { clientId: world.a.c2 } }), 404);
    expectError(await api('POST', '/api/timer/start', { token: world.b.owner.token, body: { clientId: world.a.c1 } }), 404);
    expectError(await api('POST', '/api/timer/start', { token: world.a.reviewer.token, body: { clientId: world.a.c1 } }), 403);
    expect((await api('GET', '/api/timer', { token: world.a.agent.token })).body.running).toBe(false);
  });

  it('a work item must exist under the client', async () => {
    const response = await api('POST', '/api/timer/start', {
      token: world.a.agent.token,
      body: { clientId: world.a.c1, workItem: { type: 'invoice', id: '01JC0000000000000000000000' } },
    });
    expectError(response, 400);
    expect(response.body.error.details[0].field).toBe('workItem');
  });
});

describe('time entries', () => {
  it('an agent records, edits and deletes their own open time', async () => {
    const token = world.a.agent.token;
    const entry = await logTime(token, { clientId: world.a.c1, startedAt: at(20, 9), endedAt: at(20, 10, 30), category: 'invoices', note: 'March batch' });
    expect(entry).toMatchObject({
      userId: world.a.agent.id,
      clientId: world.a.c1,
      startedAt: at(20, 9),
      endedAt: at(20, 10, 30),
      durationSeconds: 5400,
      billable: true,
      category: 'invoices',
      note: 'March batch',
      status: 'open',
      version: 1,
    });
    const edited = await api('PATCH', `/api/time-entries/${entry.id}`, { token, body: { version: 1, endedAt: at(20, 11), billable: false } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ durationSeconds: 7200, billable: false, version: 2 });
    expectError(await api('PATCH', `/api/time-entries/${entry.id}`, { token, body: { version: 1, note: 'stale' } }), 409, 'version_conflict');
    expect((await api('DELETE', `/api/time-entries/${entry.id}`, { token })).status).toBe(204);
    expectError(await api('GET', `/api/time-entries/${entry.id}`, { token }), 404);
  });

  it('refuses bad spans with 400 naming the field, and creates nothing', async () => {
    const token = world.a.agent.token;
    const cases: Array<[string, string]> = [
      [at(21, 10), at(21, 9)],
      [at(21, 10), at(21, 10)],
      [at(22, 0), at(20, 23)],
      [at(1, 9), new Date(Date.now() + 3 * 3600_000).toISOString()],
    ];
    for (const [startedAt, endedAt] of cases) {
      const response = await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt, endedAt } });
      expectError(response, 400);
      expect(response.body.error.details[0].field).toBe('endedAt');
    }
    const malformed = await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: 'yesterday', endedAt: 12 } });
    expect(malformed.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['endedAt', 'startedAt']);
    const list = await api('GET', `/api/time-entries?from=${encodeURIComponent(at(22, 0))}&to=${encodeURIComponent(at(20, 0))}`, { token });
    expect(list.body.items).toEqual([]);
  });

  it('refuses overlapping time of one person with 409, but allows touching spans and other people', async () => {
    const token = world.a.agent.token;
    const first = await logTime(token, { clientId: world.a.c1, startedAt: at(23, 9), endedAt: at(23, 10) });
    expectError(await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(23, 9, 30), endedAt: at(23, 11) } }), 409, 'time_overlap');
    expectError(await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(23, 8), endedAt: at(23, 12) } }), 409, 'time_overlap');
    await logTime(token, { clientId: world.a.c1, startedAt: at(23, 10), endedAt: at(23, 11) });
    await logTime(world.a.otherAgent.token, { clientId: world.a.c2, startedAt: at(23, 9), endedAt: at(23, 10) });
    const moved = await api('PATCH', `/api/time-entries/${first.id}`, { token, body: { version: 1, endedAt: at(23, 10, 15) } });
    expectError(moved, 409, 'time_overlap');
  });

  it('refuses overlap across midnight', async () => {
    const token = world.a.agent.token;
    await logTime(token, { clientId: world.a.c1, startedAt: at(25, 22), endedAt: at(24, 2) });
    expectError(await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(24, 1), endedAt: at(24, 3) } }), 409, 'time_overlap');
  });

  it('of two overlapping creates that arrive at once, exactly one lands', async () => {
    const token = world.a.agent.token;
    const results = await Promise.all(
      [
        [at(26, 9), at(26, 10)],
        [at(26, 9, 30), at(26, 10, 30)],
        [at(26, 9, 45), at(26, 9, 50)],
      ].map(([startedAt, endedAt]) => api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt, endedAt } })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) expectError(r, 409, 'time_overlap');
    const list = await api('GET', `/api/time-entries?from=${encodeURIComponent(at(26, 0))}&to=${encodeURIComponent(at(25, 0))}`, { token });
    expect(list.body.items).toHaveLength(1);
  });

  it('managers record time for an assigned agent; not for an unassigned one, and agents not for others', async () => {
    const created = await api('POST', '/api/time-entries', {
      token: world.a.manager.token,
      body: { clientId: world.a.c1, userId: world.a.agent.id, startedAt: at(27, 9), endedAt: at(27, 10) },
    });
    expect(created.status).toBe(201);
    expect(created.body.userId).toBe(world.a.agent.id);
    const unassigned = await api('POST', '/api/time-entries', {
      token: world.a.manager.token,
      body: { clientId: world.a.c1, userId: world.a.otherAgent.id, startedAt: at(27, 9), endedAt: at(27, 10) },
    });
    expectError(unassigned, 400);
    expectError(
      await api('POST', '/api/time-entries', {
        token: world.a.agent.token,
        body: { clientId: world.a.c1, userId: world.a.otherAgent.id, startedAt: at(27, 11), endedAt: at(27, 12) },
      }),
      403,
    );
  });

  it('lists with filters, newest first, agents only their own', async () => {
    const token = world.a.otherAgent.token;
    const ids: string[] = [];
    for (const day of [30, 29, 28]) ids.push((await logTime(token, { clientId: world.a.c2, startedAt: at(day, 9), endedAt: at(day, 10), category: day === 29 ? 'support' : 'general' })).id);
    const range = `from=${encodeURIComponent(at(30, 0))}&to=${encodeURIComponent(at(27, 0))}`;
    const mine = await api('GET', `/api/time-entries?${range}`, { token });
    expect(mine.body.items.map((e: { id: string }) => e.id)).toEqual([...ids].reverse());
    const paged = await api('GET', `/api/time-entries?${range}&limit=2`, { token });
    expect(paged.body.items).toHaveLength(2);
    const next = await api('GET', `/api/time-entries?${range}&limit=2&cursor=${encodeURIComponent(paged.body.nextCursor)}`, { token });
    expect(next.body.items.map((e: { id: string }) => e.id)).toEqual([ids[0]]);
    const byClient = await api('GET', `/api/time-entries?clientId=${world.a.c2}&userId=${world.a.otherAgent.id}&${range}`, { token: world.a.owner.token });
    expect(byClient.body.items).toHaveLength(3);
    expectError(await api('GET', `/api/time-entries?userId=${world.a.agent.id}`, { token }), 404);
    const submitted = await api('GET', `/api/time-entries?status=submitted&${range}`, { token: world.a.owner.token });
    expect(submitted.body.items.filter((e: { id: string }) => ids.includes(e.id))).toEqual([]);
  });

  it('the timesheet totals a week per day and per client', async () => {
    const agent = world.a.otherAgent;
    const monday = new Date(at(63, 0));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const day = (offset: number, hour: number) => new Date(monday.getTime() + offset * 86400_000 + hour * 3600_000).toISOString();
    await logTime(agent.token, { clientId: world.a.c2, startedAt: day(0, 9), endedAt: day(0, 11) });
    await logTime(agent.token, { clientId: world.a.c2, startedAt: day(2, 9), endedAt: day(2, 9.5), billable: false });
    const sheet = await api('GET', `/api/timesheet?weekOf=${day(3, 0).slice(0, 10)}`, { token: agent.token });
    expect(sheet.status).toBe(200);
    expect(sheet.body.weekStart).toBe(monday.toISOString().slice(0, 10));
    expect(sheet.body.days.map((d: { seconds: number }) => d.seconds)).toEqual([7200, 0, 1800, 0, 0, 0, 0]);
    expect(sheet.body).toMatchObject({ totalSeconds: 9000, billableSeconds: 7200, clients: [{ clientId: world.a.c2, seconds: 9000 }] });
    expectError(await api('GET', `/api/timesheet?userId=${world.a.agent.id}`, { token: agent.token }), 403);
    expect((await api('GET', `/api/timesheet?userId=${agent.id}&weekOf=${day(0, 0).slice(0, 10)}`, { token: world.a.manager.token })).body.totalSeconds).toBe(9000);
  });
});

describe('approval', () => {
  it('open → submitted (agent) → approved (manager); rejected back to open with a reason', async () => {
    const token = world.a.agent.token;
    const one = await logTime(token, { clientId: world.a.c1, startedAt: at(40, 9), endedAt: at(40, 10) });
    const two = await logTime(token, { clientId: world.a.c1, startedAt: at(40, 10), endedAt: at(40, 11) });
    expectError(await move(token, 'approve', [one.id]), 403);
    const submitted = await move(token, 'submit', [one.id, two.id]);
    expect(submitted.status).toBe(200);
    expect(submitted.body.items.map((e: { status: string }) => e.status)).toEqual(['submitted', 'submitted']);
    expectError(await api('PATCH', `/api/time-entries/${one.id}`, { token, body: { version: 2, note: 'x' } }), 409);
    expectError(await move(token, 'submit', [one.id]), 409, 'invalid_transition');
    const approved = await move(world.a.manager.token, 'approve', [one.id]);
    expect(approved.body.items[0].status).toBe('approved');
    const rejected = await move(world.a.owner.token, 'reject', [two.id], { reason: 'Wrong client' });
    expect(rejected.body.items[0]).toMatchObject({ status: 'open', rejectionReason: 'Wrong client' });
    expectError(await move(world.a.owner.token, 'reject', [one.id], {}), 400);
  });

  it('a batch move is all or nothing: one wrong entry leaves every entry as it was', async () => {
    const token = world.a.agent.token;
    const open = await logTime(token, { clientId: world.a.c1, startedAt: at(41, 9), endedAt: at(41, 10) });
    const other = await logTime(token, { clientId: world.a.c1, startedAt: at(41, 10), endedAt: at(41, 11) });
    await move(token, 'submit', [other.id]);
    expectError(await move(token, 'submit', [open.id, other.id]), 409);
    expect((await api('GET', `/api/time-entries/${open.id}`, { token })).body.status).toBe('open');
  });

  it('client sign-off and dispute when the client requires it', async () => {
    const client = await createClient(world.a.owner.token, 'Signs Off');
    await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, clientApprovalRequired: true } });
    await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [world.a.agent.id] } });
    const reviewer = await (await import('../support/world.ts')).invite(world.a.owner.token, 'client', client.id);
    const agentToken = (await import('../support/world.ts')).login(world.a.agent.email);
    const token = await agentToken;
    const a = await logTime(token, { clientId: client.id, startedAt: at(42, 9), endedAt: at(42, 10), category: 'support' });
    const b = await logTime(token, { clientId: client.id, startedAt: at(42, 10), endedAt: at(42, 11) });
    expectError(await move(reviewer.token, 'client-approve', [a.id]), 404);
    await move(token, 'submit', [a.id, b.id]);
    await move(world.a.manager.token, 'approve', [a.id, b.id]);

    const listed = await api('GET', '/api/time-entries', { token: reviewer.token });
    expect(listed.body.items.map((e: { id: string }) => e.id).sort()).toEqual([a.id, b.id].sort());
    const signed = await move(reviewer.token, 'client-approve', [a.id]);
    expect(signed.body.items[0]).toMatchObject({ status: 'approved', clientApprovedBy: reviewer.id });
    expectError(await move(reviewer.token, 'client-approve', [a.id]), 409);
    const disputed = await move(reviewer.token, 'dispute', [b.id], { reason: 'Not ours' });
    expect(disputed.body.items[0]).toMatchObject({ status: 'disputed', disputeReason: 'Not ours' });
    expectError(await move(world.a.manager.token, 'client-approve', [b.id]), 403);
    expectError(await move(world.a.reviewer.token, 'dispute', [a.id], { reason: 'x' }), 404);

    const reopened = await api('POST', '/api/time-entries/resolve', { token: world.a.manager.token, body: { ids: [b.id], resolution: 'reopen' } });
    expect(reopened.body.items[0].status).toBe('open');
    expectError(await move(world.a.reviewer.token, 'client-approve', [world.a.c1]), 404);
  });

  it('sign-off is refused for a client that does not require it', async () => {
    const token = world.a.agent.token;
    const entry = await logTime(token, { clientId: world.a.c1, startedAt: at(43, 9), endedAt: at(43, 10) });
    await move(token, 'submit', [entry.id]);
    await move(world.a.manager.token, 'approve', [entry.id]);
    expectError(await move(world.a.reviewer.token, 'client-approve', [entry.id]), 409, 'invalid_transition');
  });

  it("reviewers see only their client's approved time", async () => {
    const token = world.a.agent.token;
    const draft = await logTime(token, { clientId: world.a.c1, startedAt: at(44, 9), endedAt: at(44, 10) });
    expectError(await api('GET', `/api/time-entries/${draft.id}`, { token: world.a.reviewer.token }), 404);
    const listed = await api('GET', '/api/time-entries?limit=100', { token: world.a.reviewer.token });
    expect(listed.body.items.every((e: { status: string; clientId: string }) => e.status !== 'open' && e.clientId === world.a.c1)).toBe(true);
    expect((await api('GET', '/api/time-entries?status=open', { token: world.a.reviewer.token })).body.items).toEqual([]);
  });
});

describe('usage and budgets', () => {
  it('reports a month by agent and category, and records crossing 80 % and 100 % once each', async () => {
    const client = await createClient(world.a.owner.token, 'Budgeted');
    await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, monthlyBudgetHours: 2, timeZone: 'UTC' } });
    await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [world.a.agent.id] } });
    const token = await (await import('../support/world.ts')).login(world.a.agent.email);
    const day = at(0, 0).slice(0, 7) === at(3, 0).slice(0, 7) ? 3 : 1;
    const month = at(day, 0).slice(0, 7);
    const e1 = await logTime(token, { clientId: client.id, startedAt: at(day, 1), endedAt: at(day, 2), category: 'payroll' });
    await logTime(token, { clientId: client.id, startedAt: at(day, 2), endedAt: at(day, 2, 45), category: 'support' });
    const usage = await api('GET', `/api/clients/${client.id}/usage?month=${month}`, { token: world.a.owner.token });
    expect(usage.status).toBe(200);
    expect(usage.body).toMatchObject({
      clientId: client.id,
      month,
      budgetHours: 2,
      trackedSeconds: 6300,
      approvedSeconds: 0,
      billedSeconds: 0,
      trackedHours: 1.75,
      percentOfBudget: 87.5,
      byAgent: [{ userId: world.a.agent.id, trackedSeconds: 6300 }],
    });
    expect(usage.body.byCategory.map((c: { category: string }) => c.category)).toEqual(['payroll', 'support']);
    expect(usage.body.byDay).toEqual([{ date: at(day, 1).slice(0, 10), trackedSeconds: 6300, approvedSeconds: 0, billedSeconds: 0 }]);

    await move(token, 'submit', [e1.id]);
    await move(world.a.manager.token, 'approve', [e1.id]);
    expect((await api('GET', `/api/clients/${client.id}/usage?month=${month}`, { token: world.a.owner.token })).body.approvedSeconds).toBe(3600);

    await logTime(token, { clientId: client.id, startedAt: at(day, 3), endedAt: at(day, 3, 30) });
    await logTime(token, { clientId: client.id, startedAt: at(day, 4), endedAt: at(day, 4, 30) });
    const trail = await api('GET', `/api/audit?clientId=${client.id}&entity=client_budget`, { token: world.a.owner.token });
    expect(trail.status).toBe(200);
    const crossings = trail.body.items.filter((r: { action: string }) => r.action === 'budget.threshold_crossed');
    expect(crossings.map((r: { after: { threshold: number } }) => r.after.threshold).sort()).toEqual([100, 80]);
    // The client's reviewer sees the same activity on their client.
    const reviewer = await (await import('../support/world.ts')).invite(world.a.owner.token, 'client', client.id);
    const seen = await api('GET', '/api/audit?entity=client_budget', { token: reviewer.token });
    expect(seen.body.items.filter((r: { action: string }) => r.action === 'budget.threshold_crossed')).toHaveLength(2);
    expectError(await api('GET', `/api/clients/${client.id}/usage?month=2026-13`, { token: world.a.owner.token }), 400);
    expectError(await api('GET', `/api/clients/${client.id}/usage`, { token }), 403);
  });
});

describe('usage at the edges of a month in far time zones', () => {
  const MINUTE = 60_000;
  const utcMonth = (monthsAgo: number) => {
    const date = new Date();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() - monthsAgo);
    return date.toISOString().slice(0, 7);
  };
  const nextMonth = (month: string) => {
    const [year, number] = month.split('-').map(Number) as [number, number];
    return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  };
  const span = (startMs: number, minutes: number) => ({ startedAt: new Date(startMs).toISOString(), endedAt: new Date(startMs + minutes * MINUTE).toISOString() });

  /**
   * A client in `timeZone` with 20-minute entries just before, at the start of, just before the end of,
   * and at the end of `month` in that zone (those that would not be in the future); the month holds two.
   */
  async function clientWithEdges(name: string, timeZone: string, month: string) {
    const client = await createClient(world.a.owner.token, name);
    await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, timeZone, monthlyBudgetHours: 10 } });
    const agent = await invite(world.a.owner.token, 'agent');
    await assign(world.a.owner.token, client.id, [agent.id]);
    const token = await (await import('../support/world.ts')).login(agent.email);
    const start = Date.parse(startOfDateInZone(`${month}-01`, timeZone));
    const end = Date.parse(startOfDateInZone(`${nextMonth(month)}-01`, timeZone));
    const inMonth: string[] = [];
    for (const [startMs, counted] of [
      [start - 30 * MINUTE, false],
      [start, true],
      [end - 30 * MINUTE, true],
      [end, false],
    ] as Array<[number, boolean]>) {
      if (startMs + 20 * MINUTE > Date.now()) continue;
      const entry = await logTime(token, { clientId: client.id, ...span(startMs, 20), category: 'edges' });
      if (counted) inMonth.push(entry.startedAt);
    }
    return { clientId: client.id, inMonth };
  }

  for (const timeZone of ['Pacific/Kiritimati', 'Etc/GMT+12']) {
    it(`last month in ${timeZone}: the month's entries and no others, read with the client in one query`, async () => {
      const month = utcMonth(1);
      const { clientId, inMonth } = await clientWithEdges(`Edges ${timeZone}`, timeZone, month);
      await inSteadyWindow(world.a.owner.token);
      const usage = await api('GET', `/api/clients/${clientId}/usage?month=${month}`, { token: world.a.owner.token });
      expect(usage.status).toBe(200);
      expect(/desc="(\d+) calls/.exec(usage.headers.get('server-timing') ?? '')?.[1]).toBe('2');
      expect(usage.body).toMatchObject({ month, timeZone, budgetHours: 10, trackedSeconds: inMonth.length * 1200 });
      expect(usage.body.byDay.map((d: { date: string }) => d.date)).toEqual([...new Set(inMonth.map((at) => startDay(at, timeZone)))].sort());
    });
  }

  it('a month long past reads the client, then the month alone, with the same rule for its edges', async () => {
    const month = utcMonth(4);
    const { clientId, inMonth } = await clientWithEdges('Edges long ago', 'Pacific/Kiritimati', month);
    expect(inMonth).toHaveLength(2);
    await inSteadyWindow(world.a.owner.token);
    const usage = await api('GET', `/api/clients/${clientId}/usage?month=${month}`, { token: world.a.owner.token });
    expect(/desc="(\d+) calls/.exec(usage.headers.get('server-timing') ?? '')?.[1]).toBe('3');
    expect(usage.body).toMatchObject({ month, trackedSeconds: 2400 });
  });

  it("the default month is the client's current one, read with the client in one query", async () => {
    const { clientId } = await clientWithEdges('Edges now', 'Pacific/Kiritimati', utcMonth(1));
    const current = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    await inSteadyWindow(world.a.owner.token);
    const usage = await api('GET', `/api/clients/${clientId}/usage`, { token: world.a.owner.token });
    expect(/desc="(\d+) calls/.exec(usage.headers.get('server-timing') ?? '')?.[1]).toBe('2');
    expect(usage.body.month).toBe(current);
  });
});

/** The calendar date on which an instant falls in a zone. */
function startDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

describe('isolation', () => {
  it('outsiders get 404 on every time route that names another’s entry or client, and change nothing', async () => {
    const entry = await logTime(world.a.agent.token, { clientId: world.a.c1, startedAt: at(45, 9), endedAt: at(45, 10) });
    await move(world.a.agent.token, 'submit', [entry.id]);
    await move(world.a.manager.token, 'approve', [entry.id]);
    for (const [who, token] of outsidersOfC1(world)) {
      expect((await api('GET', `/api/time-entries/${entry.id}`, { token })).status, who).toBe(404);
      const patch = await api('PATCH', `/api/time-entries/${entry.id}`, { token, body: { version: 3, note: 'x' } });
      expect(patch.status, who).toBe(404);
      expect((await api('DELETE', `/api/time-entries/${entry.id}`, { token })).status, who).toBe(404);
      for (const action of ['submit', 'approve', 'client-approve']) {
        expect((await move(token, action, [entry.id])).status, `${who} ${action}`).toBe(404);
      }
      for (const action of ['reject', 'dispute']) {
        expect((await move(token, action, [entry.id], { reason: 'x' })).status, `${who} ${action}`).toBe(404);
      }
      const resolve = await api('POST', '/api/time-entries/resolve', { token, body: { ids: [entry.id], resolution: 'reopen' } });
      expect(resolve.status, who).toBe(404);
      expect((await api('GET', `/api/clients/${world.a.c1}/usage`, { token })).status, who).toBe(404);
      const listed = await api('GET', `/api/time-entries?clientId=${world.a.c1}`, { token });
      expect(listed.status, who).toBe(404);
      const create = await api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(46, 9), endedAt: at(46, 10) } });
      expect(create.status, who).toBe(404);
      expect((await api('POST', '/api/timer/start', { token, body: { clientId: world.a.c1 } })).status, who).toBe(404);
    }
    const after = await api('GET', `/api/time-entries/${entry.id}`, { token: world.a.owner.token });
    expect(after.body).toMatchObject({ status: 'approved', version: 3, note: '' });
  });

  it('another tenant cannot move entries by id even mixed with its own', async () => {
    const mine = await logTime(world.b.owner.token, { clientId: world.b.client, startedAt: at(47, 9), endedAt: at(47, 10) });
    const theirs = await logTime(world.a.agent.token, { clientId: world.a.c1, startedAt: at(47, 9), endedAt: at(47, 10) });
    expectError(await move(world.b.owner.token, 'submit', [mine.id, theirs.id]), 404);
    expect((await api('GET', `/api/time-entries/${mine.id}`, { token: world.b.owner.token })).body.status).toBe('open');
  });
});

describe('filtered pages', () => {
  it('fill up to the limit even when the newest entries do not match the filter', async () => {
    const client = await createClient(world.a.owner.token, 'Filtered');
    await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [world.a.agent.id] } });
    const reviewer = await (await import('../support/world.ts')).invite(world.a.owner.token, 'client', client.id);
    const token = await (await import('../support/world.ts')).login(world.a.agent.email);
    const approved = [];
    for (const hour of [1, 2, 3]) approved.push((await logTime(token, { clientId: client.id, startedAt: at(50, hour), endedAt: at(50, hour, 30) })).id);
    await move(token, 'submit', approved);
    await move(world.a.manager.token, 'approve', approved);
    for (const hour of [1, 2, 3, 4, 5, 6]) await logTime(token, { clientId: client.id, startedAt: at(49, hour), endedAt: at(49, hour, 30) });

    const first = await api('GET', '/api/time-entries?limit=2', { token: reviewer.token });
    expect(first.body.items.map((e: { id: string }) => e.id)).toEqual([approved[2], approved[1]]);
    const second = await api('GET', `/api/time-entries?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: reviewer.token });
    expect(second.body.items.map((e: { id: string }) => e.id)).toEqual([approved[0]]);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('deleting an entry', () => {
  const tenantA = () => ({ tenantId: world.a.tenantId }) as TenantContext;
  /** An item as stored, straight from the table (the API never shows a day or a usage counter). */
  const stored = async (key: { pk: string; sk: string }) =>
    (await table.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: key, ConsistentRead: true }))).Item;
  const usageSeconds = async (clientId: string, month: string) => Number((await stored(keys.clientUsage(tenantA(), clientId, month)))?.trackedSeconds ?? 0);
  const intervalIds = async (userId: string, day: string) => {
    const intervals = (await stored(keys.timesheetDay(tenantA(), userId, day)))?.intervals ?? {};
    return (Array.isArray(intervals) ? intervals.map((interval: { entryId: string }) => interval.entryId) : Object.keys(intervals)).sort();
  };
  const callsOf = (response: { headers: Headers }) => Number(/desc="(\d+) calls/.exec(response.headers.get('server-timing') ?? '')?.[1]);
  /** A delete measured as an ordinary request (see inSteadyWindow). */
  const measuredDelete = async (token: string, entryId: string) => {
    await inSteadyWindow(token);
    const response = await api('DELETE', `/api/time-entries/${entryId}`, { token });
    return { status: response.status, calls: callsOf(response) };
  };

  it('frees the slot on every day it spans, in 3 calls: the same span can be recorded again', async () => {
    const person = await invite(world.a.owner.token, 'manager');
    const span = { clientId: world.a.c1, startedAt: at(10, 22), endedAt: at(9, 2) };
    const entry = await logTime(person.token, span);
    expectError(await api('POST', '/api/time-entries', { token: person.token, body: { ...span, startedAt: at(9, 1) } }), 409, 'time_overlap');
    expect(await measuredDelete(person.token, entry.id)).toEqual({ status: 204, calls: 3 });
    for (const day of [at(10, 0), at(9, 0)]) expect(await intervalIds(person.id, day.slice(0, 10))).toEqual([]);
    const again = await logTime(person.token, span);
    for (const day of [at(10, 0), at(9, 0)]) expect(await intervalIds(person.id, day.slice(0, 10))).toEqual([again.id]);
    expectError(await api('DELETE', `/api/time-entries/${entry.id}`, { token: person.token }), 404);
  });

  it('racing creates on the same day never leave overlapping time, nor the deleted interval behind', async () => {
    const person = await invite(world.a.owner.token, 'manager');
    const token = person.token;
    for (let daysAgo = 30; daysAgo < 36; daysAgo++) {
      const deleted = await logTime(token, { clientId: world.a.c1, startedAt: at(daysAgo, 9), endedAt: at(daysAgo, 10) });
      const [removal, ...creates] = await Promise.all([
        api('DELETE', `/api/time-entries/${deleted.id}`, { token }),
        // Over the deleted entry's time: lands only once the delete has.
        api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(daysAgo, 9, 30), endedAt: at(daysAgo, 10, 30) } }),
        // Beside it, on the same day: a writer that read the day with the deleted interval still in it.
        api('POST', '/api/time-entries', { token, body: { clientId: world.a.c1, startedAt: at(daysAgo, 12), endedAt: at(daysAgo, 13) } }),
      ]);
      expect(removal?.status).toBe(204);
      for (const create of creates.filter((response) => response.status !== 201)) expectError(create, 409, 'time_overlap');
      const day = at(daysAgo, 0).slice(0, 10);
      const live = (await api('GET', `/api/time-entries?userId=${person.id}&from=${encodeURIComponent(at(daysAgo, 0))}&to=${encodeURIComponent(at(daysAgo - 1, 0))}`, { token })).body.items as Array<{ id: string; startedAt: string; endedAt: string }>;
      for (const a of live) for (const b of live) if (a !== b) expect(a.startedAt < b.endedAt && b.startedAt < a.endedAt).toBe(false);
      // The day holds exactly the entries that exist: the deleted one was not written back by a racing create.
      expect(await intervalIds(person.id, day)).toEqual(live.map((entry) => entry.id).sort());
    }
  });

  it('takes back exactly its seconds from the month it was counted in, even after its client changed zone', async () => {
    const client = await createClient(world.a.owner.token, 'Moves Zones');
    await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 1, timeZone: 'Pacific/Kiritimati' } });
    // Five hours before this UTC month began: already this month in Kiritimati (UTC+14), last month in New York.
    const monthStart = Date.parse(`${new Date().toISOString().slice(0, 7)}-01T00:00:00.000Z`);
    const startedAt = new Date(monthStart - 5 * 3600_000).toISOString();
    const counted = monthInZone(startedAt, 'Pacific/Kiritimati');
    const elsewhere = monthInZone(startedAt, 'America/New_York');
    expect(counted).not.toBe(elsewhere);
    const token = world.a.manager.token;
    const entry = await logTime(token, { clientId: client.id, startedAt, endedAt: new Date(Date.parse(startedAt) + 2400_000).toISOString() });
    const kept = await logTime(token, { clientId: client.id, startedAt: new Date(monthStart - 3 * 3600_000).toISOString(), endedAt: new Date(monthStart - 2 * 3600_000).toISOString() });
    const before = { counted: await usageSeconds(client.id, counted), elsewhere: await usageSeconds(client.id, elsewhere) };
    expect(before).toEqual({ counted: entry.durationSeconds + kept.durationSeconds, elsewhere: 0 });

    await api('PATCH', `/api/clients/${client.id}`, { token: world.a.owner.token, body: { version: 2, timeZone: 'America/New_York' } });
    expect(await measuredDelete(token, entry.id)).toEqual({ status: 204, calls: 3 });
    expect(await usageSeconds(client.id, counted)).toBe(before.counted - entry.durationSeconds);
    expect(await usageSeconds(client.id, elsewhere)).toBe(0);
  });

  /** Rewrites a day as days were stored before intervals were keyed by entry: a list. */
  const storeAsList = async (userId: string, day: string) => {
    const item = await stored(keys.timesheetDay(tenantA(), userId, day));
    const list = Object.entries(item?.intervals ?? {}).map(([entryId, span]) => ({ entryId, ...(span as object) }));
    await table.send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: { ...item, intervals: list } }));
  };

  it('a day stored as a list still frees its slot: the blind update fails its condition and the day is read and rewritten', async () => {
    const person = await invite(world.a.owner.token, 'manager');
    const day = at(41, 0).slice(0, 10);
    const entry = await logTime(person.token, { clientId: world.a.c1, startedAt: at(41, 9), endedAt: at(41, 10) });
    const neighbour = await logTime(person.token, { clientId: world.a.c1, startedAt: at(41, 11), endedAt: at(41, 12) });
    await storeAsList(person.id, day);
    expect(await intervalIds(person.id, day)).toEqual([entry.id, neighbour.id].sort());
    const month = monthInZone(entry.startedAt, 'America/New_York');
    const usage = await usageSeconds(world.a.c1, month);
    // The entry read, the blind transaction refused, the day read, the day rewritten.
    expect(await measuredDelete(person.token, entry.id)).toEqual({ status: 204, calls: 5 });
    expect(await usageSeconds(world.a.c1, month)).toBe(usage - entry.durationSeconds);
    expect(await intervalIds(person.id, day)).toEqual([neighbour.id]);
    expect(Array.isArray((await stored(keys.timesheetDay(tenantA(), person.id, day)))?.intervals)).toBe(false);
    await logTime(person.token, { clientId: world.a.c1, startedAt: at(41, 9), endedAt: at(41, 10) });
  });

  it('an entry stored before entries kept their usage month deletes through a read of its client (and its day)', async () => {
    const person = await invite(world.a.owner.token, 'manager');
    const day = at(40, 0).slice(0, 10);
    const entry = await logTime(person.token, { clientId: world.a.c1, startedAt: at(40, 9), endedAt: at(40, 10) });
    const neighbour = await logTime(person.token, { clientId: world.a.c1, startedAt: at(40, 11), endedAt: at(40, 12) });
    await table.send(new UpdateCommand({ TableName: process.env.TABLE_NAME, Key: keys.timeEntry(tenantA(), entry.id), UpdateExpression: 'REMOVE usageCounted' }));
    await storeAsList(person.id, day);
    const month = monthInZone(entry.startedAt, 'America/New_York');
    const usage = await usageSeconds(world.a.c1, month);
    expect(await measuredDelete(person.token, entry.id)).toEqual({ status: 204, calls: 4 });
    expect(await usageSeconds(world.a.c1, month)).toBe(usage - entry.durationSeconds);
    expect(await intervalIds(person.id, day)).toEqual([neighbour.id]);
    await logTime(person.token, { clientId: world.a.c1, startedAt: at(40, 9), endedAt: at(40, 10) });
  });

  it('keeps where an entry was counted on the stored entry only: no response and no audit record shows it', async () => {
    const person = await invite(world.a.owner.token, 'manager');
    const token = person.token;
    const responses: unknown[] = [];
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await api(method, path, { token, ...(body ? { body } : {}) });
      expect(response.status).toBeLessThan(300);
      responses.push(response.body);
      return response.body;
    };
    const entry = await call('POST', '/api/time-entries', { clientId: world.a.c1, startedAt: at(50, 9), endedAt: at(50, 10) });
    expect((await stored(keys.timeEntry(tenantA(), entry.id)))?.usageCounted).toEqual({ month: monthInZone(entry.startedAt, 'America/New_York'), seconds: 3600 });
    await call('GET', `/api/time-entries/${entry.id}`);
    await call('PATCH', `/api/time-entries/${entry.id}`, { version: 1, note: 'kept' });
    await call('PATCH', `/api/time-entries/${entry.id}`, { version: 2, endedAt: at(50, 11) });
    expect((await stored(keys.timeEntry(tenantA(), entry.id)))?.usageCounted).toMatchObject({ seconds: 7200 });
    await call('POST', '/api/time-entries/submit', { ids: [entry.id] });
    await call('GET', `/api/time-entries?userId=${person.id}`);
    await call('GET', `/api/timesheet?weekOf=${at(50, 0).slice(0, 10)}`);
    await call('DELETE', `/api/time-entries/${entry.id}`);
    const trail = await api('GET', `/api/audit?entity=time_entry&limit=100`, { token: world.a.owner.token });
    const records = trail.body.items.filter((record: { entityId?: string; before?: { id: string }; after?: { id: string } }) => (record.after ?? record.before)?.id === entry.id);
    expect(records.map((record: { action: string }) => record.action).sort()).toEqual(['time_entry.create', 'time_entry.delete', 'time_entry.submit', 'time_entry.update', 'time_entry.update']);
    responses.push(trail.body);
    expect(JSON.stringify(responses)).not.toContain('usageCounted');
  });
});
