import { beforeAll, describe, expect, it } from 'vitest';
import { api, expectError } from '../support/api.ts';
import { buildWorld, createClient, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const employeesOf = (clientId: string) => `/api/clients/${clientId}/employees`;
const runsOf = (clientId: string) => `/api/clients/${clientId}/payroll-runs`;
const runPath = (clientId: string, runId: string) => `/api/clients/${clientId}/payroll-runs/${runId}`;

/** RFC 4180 rows, enough for the exports under test (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

function records(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

async function addEmployee(token: string, clientId: string, body: Record<string, unknown>) {
  const response = await api('POST', employeesOf(clientId), { token, body });
  if (response.status !== 201) throw new Error(`employee: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const period = { periodStart: '2026-11-01', periodEnd: '2026-11-15', payDate: '2026-11-20' };

/** A fresh client (assigned to the world's agent, reviewed by a new reviewer) with three employees. */
async function payrollClient(name: string) {
  const { owner, agent } = world.a;
  const client = await createClient(owner.token, name);
  const hourly = await addEmployee(owner.token, client.id, {
    name: 'Ava Hourly',
    email: 'ava@example.test',
    payType: 'hourly',
    rateMinor: 1999,
    deductions: [
      { name: 'Pension', percentBps: 500 },
      { name: 'Health plan', amountMinor: 4500 },
    ],
  });
  const salaried = await addEmployee(owner.token, client.id, {
    name: 'Ben Salaried',
    payType: 'salaried',
    rateMinor: 250_000,
    deductions: [{ name: 'Union, "local 7"', percentBps: 150 }],
  });
  const small = await addEmployee(owner.token, client.id, {
    name: 'Cal Small',
    payType: 'hourly',
    rateMinor: 1000,
    deductions: [{ name: 'Advance repayment', amountMinor: 5000 }],
  });
  const inactive = await addEmployee(owner.token, client.id, { name: 'Dee Gone', payType: 'hourly', rateMinor: 1500, active: false });
  // The world's agent keeps C1 and gets this client too.
  await api('PUT', `/api/clients/${client.id}/assignments`, { token: owner.token, body: { agentIds: [agent.id] } });
  const reviewerEmail = `reviewer-${client.id.toLowerCase()}@example.test`;
  await api('POST', '/api/members', {
    token: owner.token,
    body: { email: reviewerEmail, name: 'Reviewer', role: 'client', clientId: client.id, password: 'test-password-1' },
  });
  const login = await api('POST', '/api/auth/login', { body: { email: reviewerEmail, password: 'test-password-1' } });
  const agentToken = (await api('POST', '/api/auth/login', { body: { email: agent.email, password: 'test-password-1' } })).body.token;
  return { clientId: client.id, hourly, salaried, small, inactive, reviewerToken: login.body.token as string, agentToken: agentToken as string };
}

async function createRun(token: string, clientId: string, body: unknown = period) {
  const response = await api('POST', runsOf(clientId), { token, body });
  if (response.status !== 201) throw new Error(`run: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

type RunState = 'draft' | 'pending_approval' | 'approved' | 'paid';

/** A C1 run (no employees needed for the lifecycle) brought to a state by roles allowed to move it. */
async function runIn(state: RunState) {
  const { c1, agent, reviewer, manager } = world.a;
  const run = await createRun(agent.token, c1);
  const steps: Array<[string, string]> = [];
  if (state !== 'draft') steps.push(['submit', agent.token]);
  if (state === 'approved' || state === 'paid') steps.push(['approve', reviewer.token]);
  if (state === 'paid') steps.push(['mark-paid', manager.token]);
  for (const [action, token] of steps) {
    const response = await api('POST', `${runPath(c1, run.id)}/${action}`, { token, body: {} });
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return (await api('GET', runPath(c1, run.id), { token: world.a.owner.token })).body;
}

describe('employees', () => {
  it('the firm adds hourly and salaried employees with percentage and fixed deductions', async () => {
    const employee = await addEmployee(world.a.agent.token, world.a.c1, {
      name: 'Eve Example',
      email: 'eve@example.test',
      payType: 'hourly',
      rateMinor: 2200,
      deductions: [
        { name: 'Pension', percentBps: 400 },
        { name: 'Parking', amountMinor: 1500 },
      ],
    });
    expect(employee).toMatchObject({ clientId: world.a.c1, payType: 'hourly', rateMinor: 2200, active: true, version: 1 });
    expect(employee.deductions).toEqual([
      { name: 'Pension', percentBps: 400 },
      { name: 'Parking', amountMinor: 1500 },
    ]);
    const read = await api('GET', `${employeesOf(world.a.c1)}/${employee.id}`, { token: world.a.reviewer.token });
    expect(read.body).toEqual(employee);
  });

  it('a reviewer may read but not add or change employees', async () => {
    const body = { name: 'X', payType: 'salaried', rateMinor: 100 };
    expectError(await api('POST', employeesOf(world.a.c1), { token: world.a.reviewer.token, body }), 403);
    const employee = await addEmployee(world.a.manager.token, world.a.c1, body);
    expectError(await api('PATCH', `${employeesOf(world.a.c1)}/${employee.id}`, { token: world.a.reviewer.token, body: { version: 1, rateMinor: 1 } }), 403);
    expect((await api('GET', employeesOf(world.a.c1), { token: world.a.reviewer.token })).status).toBe(200);
  });

  it('updates with the current version, refuses a stale one, and filters by active', async () => {
    const client = await createClient(world.a.owner.token, 'Employee Updates');
    const employee = await addEmployee(world.a.owner.token, client.id, { name: 'Fay', email: 'fay@example.test', payType: 'hourly', rateMinor: 1000 });
    const updated = await api('PATCH', `${employeesOf(client.id)}/${employee.id}`, {
      token: world.a.owner.token,
      body: { version: 1, rateMinor: 1100, active: false, email: null },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ rateMinor: 1100, active: false, version: 2 });
    expect(updated.body.email).toBeUndefined();
    expectError(await api('PATCH', `${employeesOf(client.id)}/${employee.id}`, { token: world.a.owner.token, body: { version: 1, rateMinor: 5 } }), 409, 'version_conflict');
    const other = await addEmployee(world.a.owner.token, client.id, { name: 'Gus', payType: 'salaried', rateMinor: 1000 });
    const ids = async (query: string) => (await api('GET', `${employeesOf(client.id)}?${query}`, { token: world.a.owner.token })).body.items.map((e: { id: string }) => e.id);
    expect(await ids('active=true')).toEqual([other.id]);
    expect(await ids('active=false')).toEqual([employee.id]);
    expect((await ids('')).sort()).toEqual([employee.id, other.id].sort());
  });

  it('bad employee input answers 400 naming each field and creates nothing', async () => {
    const client = await createClient(world.a.owner.token, 'Bad Employees');
    const base = { name: 'H', payType: 'hourly', rateMinor: 1000 };
    const cases: Array<[unknown, string]> = [
      [{ ...base, payType: 'weekly' }, 'payType'],
      [{ ...base, rateMinor: -1 }, 'rateMinor'],
      [{ ...base, rateMinor: 10.5 }, 'rateMinor'],
      [{ ...base, name: ' ' }, 'name'],
      [{ ...base, email: 'nope' }, 'email'],
      [{ ...base, deductions: [{ name: 'Both', percentBps: 10, amountMinor: 10 }] }, 'deductions.0'],
      [{ ...base, deductions: [{ name: 'Too much', percentBps: 10_001 }] }, 'deductions.0'],
      [{ ...base, deductions: [{ name: 'Neither' }] }, 'deductions.0'],
      [{ ...base, ssn: '123' }, '(body)'],
    ];
    for (const [body, field] of cases) {
      const response = await api('POST', employeesOf(client.id), { token: world.a.owner.token, body });
      expectError(response, 400, 'validation_error');
      const fields = response.body.error.details.map((d: { field: string }) => d.field);
      expect(fields.some((f: string) => f === field || f.startsWith(`${field}.`)), `${JSON.stringify(body)} → ${fields}`).toBe(true);
    }
    expect((await api('GET', employeesOf(client.id), { token: world.a.owner.token })).body.items).toEqual([]);
  });
});

describe('payroll runs', () => {
  it("is priced in the client's currency as it is now, also after the client changes it", async () => {
    const setup = await payrollClient('Payroll Currency');
    expect((await createRun(setup.agentToken, setup.clientId)).currency).toBe('USD');
    const client = (await api('GET', `/api/clients/${setup.clientId}`, { token: world.a.owner.token })).body;
    const patched = await api('PATCH', `/api/clients/${setup.clientId}`, { token: world.a.owner.token, body: { currency: 'EUR', version: client.version } });
    expect(patched.status).toBe(200);
    const afterChange = await createRun(setup.agentToken, setup.clientId);
    expect(afterChange).toMatchObject({ currency: 'EUR', status: 'draft' });
    expect(afterChange.lines).toHaveLength(3);
    expect((await createRun(setup.agentToken, setup.clientId)).currency).toBe('EUR');
    // A client without employees gets an empty run in its currency.
    const empty = await createClient(world.a.owner.token, 'Payroll Nobody');
    expect(await createRun(world.a.owner.token, empty.id)).toMatchObject({ currency: 'USD', lines: [] });
    const runs = await api('GET', runsOf(setup.clientId), { token: world.a.owner.token });
    expect(runs.body.items.map((run: { currency: string }) => run.currency).sort()).toEqual(['EUR', 'EUR', 'USD']);
  });

  it('a new run has a line per active employee, and PATCHed hours give gross, deductions and net', async () => {
    const setup = await payrollClient('Payroll Math');
    const run = await createRun(setup.agentToken, setup.clientId);
    expect(run).toMatchObject({ status: 'draft', currency: 'USD', version: 1, ...period });
    expect(run.lines.map((l: { name: string }) => l.name)).toEqual(['Ava Hourly', 'Ben Salaried', 'Cal Small']);
    const byName = (r: { lines: Array<{ name: string }> }, name: string) => r.lines.find((l) => l.name === name) as any;
    // Before hours are set: hourly lines earn nothing; the salaried line is paid its rate.
    expect(byName(run, 'Ava Hourly')).toMatchObject({ hours: 0, grossMinor: 0, deductionsMinor: 4500, netMinor: 0 });
    expect(byName(run, 'Ben Salaried')).toMatchObject({ grossMinor: 250_000, deductionsMinor: 3750, netMinor: 246_250 });

    const patched = await api('PATCH', runPath(setup.clientId, run.id), {
      token: setup.agentToken,
      body: {
        version: 1,
        lines: [
          { employeeId: setup.hourly.id, hours: 37.5 },
          { employeeId: setup.small.id, hours: 2 },
          { employeeId: setup.salaried.id, hours: 80 },
        ],
      },
    });
    expect(patched.status).toBe(200);
    const ava = byName(patched.body, 'Ava Hourly');
    // 37.5 × 19.99 = 749.625 → 749.63; pension 5 % = 37.4815 → 37.48; health 45.00
    expect(ava).toMatchObject({ hours: 37.5, grossMinor: 74_963, deductionsMinor: 3748 + 4500, netMinor: 74_963 - 8248 });
    expect(ava.deductions).toEqual([
      { name: 'Pension', percentBps: 500, amountMinor: 3748 },
      { name: 'Health plan', amountMinor: 4500 },
    ]);
    // Salaried: the rate whatever the hours.
    expect(byName(patched.body, 'Ben Salaried')).toMatchObject({ hours: 80, grossMinor: 250_000, netMinor: 246_250 });
    // 2 × 10.00 = 20.00 less a 50.00 advance repayment: net stops at zero.
    expect(byName(patched.body, 'Cal Small')).toMatchObject({ grossMinor: 2000, deductionsMinor: 5000, netMinor: 0 });
    expect(patched.body).toMatchObject({
      grossMinor: 74_963 + 250_000 + 2000,
      deductionsMinor: 8248 + 3750 + 5000,
      netMinor: 66_715 + 246_250 + 0,
      version: 2,
    });
  });

  it('a run keeps the terms it was created with when an employee changes later', async () => {
    const setup = await payrollClient('Payroll Snapshot');
    const run = await createRun(world.a.owner.token, setup.clientId);
    await api('PATCH', `${employeesOf(setup.clientId)}/${setup.salaried.id}`, { token: world.a.owner.token, body: { version: 1, rateMinor: 1 } });
    const again = await api('GET', runPath(setup.clientId, run.id), { token: world.a.owner.token });
    expect(again.body.lines.find((l: { employeeId: string }) => l.employeeId === setup.salaried.id).grossMinor).toBe(250_000);
    const next = await createRun(world.a.owner.token, setup.clientId);
    expect(next.lines.find((l: { employeeId: string }) => l.employeeId === setup.salaried.id).grossMinor).toBe(1);
  });

  it('PATCH refuses lines not on the run, bad hours, and a stale version, changing nothing', async () => {
    const setup = await payrollClient('Payroll Bad Input');
    const run = await createRun(world.a.owner.token, setup.clientId);
    const cases: Array<[unknown, string]> = [
      [{ version: 1, lines: [{ employeeId: setup.inactive.id, hours: 1 }] }, 'lines.0.employeeId'],
      [{ version: 1, lines: [{ employeeId: setup.hourly.id, hours: 1.255 }] }, 'lines.0.hours'],
      [{ version: 1, lines: [{ employeeId: setup.hourly.id, hours: -1 }] }, 'lines.0.hours'],
      [{ version: 1, lines: [] }, 'lines'],
      [{ version: 1, lines: [{ employeeId: setup.hourly.id, hours: 1 }, { employeeId: setup.hourly.id, hours: 2 }] }, 'lines'],
      [{ lines: [{ employeeId: setup.hourly.id, hours: 1 }] }, 'version'],
    ];
    for (const [body, field] of cases) {
      const response = await api('PATCH', runPath(setup.clientId, run.id), { token: world.a.owner.token, body });
      expectError(response, 400);
      expect(response.body.error.details.map((d: { field: string }) => d.field), JSON.stringify(body)).toContain(field);
    }
    expectError(
      await api('PATCH', runPath(setup.clientId, run.id), { token: world.a.owner.token, body: { version: 7, lines: [{ employeeId: setup.hourly.id, hours: 1 }] } }),
      409,
      'version_conflict',
    );
    expect((await api('GET', runPath(setup.clientId, run.id), { token: world.a.owner.token })).body).toEqual(run);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const response = await api('POST', runsOf(world.a.c1), { token: world.a.owner.token, body: { ...period, periodEnd: '2026-10-01' } });
    expectError(response, 400);
    expect(response.body.error.details[0].field).toBe('periodEnd');
    const missing = await api('POST', runsOf(world.a.c1), { token: world.a.owner.token, body: {} });
    expect(missing.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['payDate', 'periodEnd', 'periodStart']);
  });

  it('only a draft run can be edited (409); reviewers may not create or edit runs (403)', async () => {
    for (const state of ['pending_approval', 'approved', 'paid'] as const) {
      const run = await runIn(state);
      expectError(
        await api('PATCH', runPath(world.a.c1, run.id), { token: world.a.manager.token, body: { version: run.version, lines: [{ employeeId: run.id, hours: 1 }] } }),
        409,
        'invalid_transition',
      );
    }
    expectError(await api('POST', runsOf(world.a.c1), { token: world.a.reviewer.token, body: period }), 403);
    const draft = await runIn('draft');
    expectError(await api('PATCH', runPath(world.a.c1, draft.id), { token: world.a.reviewer.token, body: { version: 1, lines: [{ employeeId: draft.id, hours: 1 }] } }), 403);
  });

  it('replays an idempotent run creation', async () => {
    const client = await createClient(world.a.owner.token, 'Idempotent Payroll');
    const headers = { 'idempotency-key': `run-${Date.now()}` };
    const first = await api('POST', runsOf(client.id), { token: world.a.owner.token, body: period, headers });
    const again = await api('POST', runsOf(client.id), { token: world.a.owner.token, body: period, headers });
    expect(again.body).toEqual(first.body);
    expect((await api('GET', runsOf(client.id), { token: world.a.owner.token })).body.items).toHaveLength(1);
  });

  it('lists runs newest first, filtered by status', async () => {
    const client = await createClient(world.a.owner.token, 'Run List');
    const first = await createRun(world.a.owner.token, client.id);
    const second = await createRun(world.a.owner.token, client.id, { periodStart: '2026-11-16', periodEnd: '2026-11-30', payDate: '2026-12-05' });
    await api('POST', `${runPath(client.id, first.id)}/submit`, { token: world.a.owner.token });
    const ids = async (query: string) => (await api('GET', `${runsOf(client.id)}?${query}`, { token: world.a.owner.token })).body.items.map((r: { id: string }) => r.id);
    expect(await ids('')).toEqual([second.id, first.id]);
    expect(await ids('status=pending_approval')).toEqual([first.id]);
    expect(await ids('status=draft&limit=1')).toEqual([second.id]);
  });
});

describe('payroll lifecycle', () => {
  it('goes draft → pending_approval → approved → paid; a reviewer may reject with a reason', async () => {
    const { c1, agent, reviewer, owner } = world.a;
    const run = await createRun(agent.token, c1);
    expect((await api('POST', `${runPath(c1, run.id)}/submit`, { token: agent.token })).body.status).toBe('pending_approval');
    const rejected = await api('POST', `${runPath(c1, run.id)}/reject`, { token: reviewer.token, body: { reason: 'Hours missing for Ava' } });
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionReason: 'Hours missing for Ava' });
    expectError(await api('POST', `${runPath(c1, run.id)}/reject`, { token: reviewer.token, body: {} }), 400);
    expectError(await api('POST', `${runPath(c1, run.id)}/reject`, { token: reviewer.token, body: { reason: 'Again' } }), 409, 'invalid_transition');
    await api('POST', `${runPath(c1, run.id)}/submit`, { token: agent.token });
    const approved = await api('POST', `${runPath(c1, run.id)}/approve`, { token: reviewer.token });
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: reviewer.id });
    const paid = await api('POST', `${runPath(c1, run.id)}/mark-paid`, { token: owner.token, body: { version: approved.body.version } });
    expect(paid.body.status).toBe('paid');
    expect(paid.body.paidAt).toBeTruthy();
  });

  const ALLOWED: Record<string, { from: RunState; roles: string[]; body?: unknown }> = {
    submit: { from: 'draft', roles: ['owner', 'manager', 'agent'] },
    approve: { from: 'pending_approval', roles: ['reviewer'] },
    reject: { from: 'pending_approval', roles: ['reviewer'], body: { reason: 'No' } },
    'mark-paid': { from: 'approved', roles: ['owner', 'manager'] },
  };
  const ROLES = ['owner', 'manager', 'agent', 'reviewer'] as const;

  for (const [action, rule] of Object.entries(ALLOWED)) {
    it(`${action}: allowed for ${rule.roles.join(', ')}; every other role gets 403 and nothing changes`, async () => {
      for (const role of ROLES) {
        const run = await runIn(rule.from);
        const response = await api('POST', `${runPath(world.a.c1, run.id)}/${action}`, { token: world.a[role].token, body: rule.body ?? {} });
        if (rule.roles.includes(role)) {
          expect(response.status, `${role} ${action}`).toBe(200);
        } else {
          expect(response.status, `${role} ${action}`).toBe(403);
          expect((await api('GET', runPath(world.a.c1, run.id), { token: world.a.owner.token })).body).toEqual(run);
        }
      }
    });
  }

  it('every move from a state it does not start from answers 409 and changes nothing', async () => {
    const states: RunState[] = ['draft', 'pending_approval', 'approved', 'paid'];
    const runs = Object.fromEntries(await Promise.all(states.map(async (state) => [state, await runIn(state)] as const)));
    const from: Record<string, RunState> = { submit: 'draft', approve: 'pending_approval', reject: 'pending_approval', 'mark-paid': 'approved' };
    for (const [action, allowed] of Object.entries(from)) {
      const token = action === 'approve' || action === 'reject' ? world.a.reviewer.token : world.a.manager.token;
      for (const state of states.filter((s) => s !== allowed)) {
        const response = await api('POST', `${runPath(world.a.c1, runs[state].id)}/${action}`, { token, body: action === 'reject' ? { reason: 'x' } : {} });
        expect(response.status, `${action} from ${state}`).toBe(409);
        expectError(response, 409, 'invalid_transition');
      }
    }
    for (const state of states) expect((await api('GET', runPath(world.a.c1, runs[state].id), { token: world.a.owner.token })).body).toEqual(runs[state]);
  });
});

describe('payroll exports', () => {
  it('payslips.csv has a header and a row per line with exact amounts', async () => {
    const setup = await payrollClient('Payslips');
    const run = await createRun(world.a.owner.token, setup.clientId);
    await api('PATCH', runPath(setup.clientId, run.id), {
      token: world.a.owner.token,
      body: { version: 1, lines: [{ employeeId: setup.hourly.id, hours: 37.5 }, { employeeId: setup.small.id, hours: 2 }] },
    });
    const response = await api('GET', `${runPath(setup.clientId, run.id)}/payslips.csv`, { token: setup.reviewerToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = records(response.body);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      period_start: '2026-11-01',
      period_end: '2026-11-15',
      pay_date: '2026-11-20',
      employee_id: setup.hourly.id,
      employee_name: 'Ava Hourly',
      employee_email: 'ava@example.test',
      pay_type: 'hourly',
      hours: '37.5',
      rate: '19.99',
      gross: '749.63',
      deductions: 'Pension 5%: 37.48; Health plan: 45.00',
      total_deductions: '82.48',
      net: '667.15',
      currency: 'USD',
      status: 'draft',
    });
    expect(rows[1]).toMatchObject({ employee_name: 'Ben Salaried', gross: '2500.00', deductions: 'Union, "local 7" 1.5%: 37.50', net: '2462.50' });
    expect(rows[2]).toMatchObject({ employee_name: 'Cal Small', gross: '20.00', total_deductions: '50.00', net: '0.00' });
  });

  it('bank-export.csv lists the transfers of an approved run, and refuses a run not yet approved', async () => {
    const setup = await payrollClient('Bank Export');
    const run = await createRun(world.a.owner.token, setup.clientId);
    await api('PATCH', runPath(setup.clientId, run.id), {
      token: world.a.owner.token,
      body: { version: 1, lines: [{ employeeId: setup.hourly.id, hours: 10 }] },
    });
    expectError(await api('GET', `${runPath(setup.clientId, run.id)}/bank-export.csv`, { token: world.a.owner.token }), 409, 'invalid_transition');
    await api('POST', `${runPath(setup.clientId, run.id)}/submit`, { token: world.a.owner.token });
    expectError(await api('GET', `${runPath(setup.clientId, run.id)}/bank-export.csv`, { token: world.a.owner.token }), 409);
    expect((await api('POST', `${runPath(setup.clientId, run.id)}/approve`, { token: setup.reviewerToken })).status).toBe(200);
    const response = await api('GET', `${runPath(setup.clientId, run.id)}/bank-export.csv`, { token: world.a.owner.token });
    expect(response.status).toBe(200);
    // 10 × 19.99 = 199.90 less 5 % (9.995 → 10.00) and 45.00 = 144.90; Cal earned nothing, so no transfer.
    expect(records(response.body)).toEqual([
      {
        employee_id: setup.hourly.id,
        employee_name: 'Ava Hourly',
        employee_email: 'ava@example.test',
        amount: '144.90',
        currency: 'USD',
        pay_date: '2026-11-20',
        reference: 'Pay 2026-11-01 to 2026-11-15',
      },
      {
        employee_id: setup.salaried.id,
        employee_name: 'Ben Salaried',
        employee_email: '',
        amount: '2462.50',
        currency: 'USD',
        pay_date: '2026-11-20',
        reference: 'Pay 2026-11-01 to 2026-11-15',
      },
    ]);
  });
});

describe('payroll isolation', () => {
  it('another tenant, another client’s reviewer and an unassigned agent get 404 on every payroll route, and nothing changes', async () => {
    const { c1 } = world.a;
    const employee = await addEmployee(world.a.owner.token, c1, { name: 'Private Person', payType: 'salaried', rateMinor: 5000 });
    const run = await runIn('approved');
    for (const [who, token] of outsidersOfC1(world)) {
      const attempts = [
        await api('GET', employeesOf(c1), { token }),
        await api('POST', employeesOf(c1), { token, body: { name: 'Intruder', payType: 'hourly', rateMinor: 1 } }),
        await api('GET', `${employeesOf(c1)}/${employee.id}`, { token }),
        await api('PATCH', `${employeesOf(c1)}/${employee.id}`, { token, body: { version: 1, rateMinor: 1 } }),
        await api('GET', runsOf(c1), { token }),
        await api('POST', runsOf(c1), { token, body: period }),
        await api('GET', runPath(c1, run.id), { token }),
        await api('PATCH', runPath(c1, run.id), { token, body: { version: run.version, lines: [{ employeeId: employee.id, hours: 1 }] } }),
        await api('POST', `${runPath(c1, run.id)}/submit`, { token }),
        await api('POST', `${runPath(c1, run.id)}/approve`, { token }),
        await api('POST', `${runPath(c1, run.id)}/reject`, { token, body: { reason: 'x' } }),
        await api('POST', `${runPath(c1, run.id)}/mark-paid`, { token }),
        await api('GET', `${runPath(c1, run.id)}/payslips.csv`, { token }),
        await api('GET', `${runPath(c1, run.id)}/bank-export.csv`, { token }),
      ];
      attempts.forEach((response, index) => {
        expect(response.status, `${who} #${index}`).toBe(404);
        expectError(response, 404, 'not_found');
      });
    }
    expect((await api('GET', `${employeesOf(c1)}/${employee.id}`, { token: world.a.owner.token })).body).toEqual(employee);
    expect((await api('GET', runPath(c1, run.id), { token: world.a.owner.token })).body).toEqual(run);
  });
});
