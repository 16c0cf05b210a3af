import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { faultyTransactions } from '../support/db-faults.ts';
import { table } from '../support/table.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBilling } from '../../functions/billing/service.ts';
import type { TenantContext } from '../../functions/core/context.ts';
import { keys } from '../../functions/core/keys.ts';
import { createEntry, moveEntries } from '../../functions/time/service.ts';
import { api, apiBytes, expectError } from '../support/api.ts';
import { pdfText } from '../support/pdf.ts';
import { inSteadyWindow } from '../support/rate-window.ts';
import { at, logTime, move } from '../support/time.ts';
import { buildWorld, createClient, invite, login, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const day = (daysAgo: number) => at(daysAgo, 0).slice(0, 10);

async function billingClient(name: string, options: { clientApprovalRequired?: boolean; card?: Record<string, unknown> } = {}) {
  const client = await createClient(world.a.owner.token, name);
  await api('PATCH', `/api/clients/${client.id}`, {
    token: world.a.owner.token,
    body: { version: 1, timeZone: 'UTC', clientApprovalRequired: options.clientApprovalRequired ?? false },
  });
  await api('PUT', `/api/clients/${client.id}/assignments`, { token: world.a.owner.token, body: { agentIds: [world.a.agent.id] } });
  const card = await api('PUT', `/api/clients/${client.id}/rates`, {
    token: world.a.owner.token,
    body: { effectiveFrom: day(400), currency: 'USD', defaultRateMinor: 6000, ...options.card },
  });
  if (card.status !== 200) throw new Error(JSON.stringify(card.body));
  return client.id;
}

/** Logs time as the agent and takes it through approval; returns the entry ids. */
async function approvedTime(clientId: string, spans: Array<[number, number, number, number?]>, extra: Record<string, unknown> = {}) {
  const token = await login(world.a.agent.email);
  const ids: string[] = [];
  for (const [daysAgo, hour, minutes, startMinute = 0] of spans) {
    const start = at(daysAgo, hour, startMinute);
    const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
    ids.push((await logTime(token, { clientId, startedAt: start, endedAt: end, ...extra })).id);
  }
  await move(token, 'submit', ids);
  await move(world.a.manager.token, 'approve', ids);
  return ids;
}


/** The billing-parties items stored under a client, straight from the table (the API never shows them). */
async function storedParties(clientId: string) {
  const { pk } = keys.billingInvoices({ tenantId: world.a.tenantId } as TenantContext, clientId);
  const result = await table.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': 'BILLING_PARTIES#' },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

const run = (clientId: string, periodStart: string, periodEnd: string, token = world.a.manager.token) =>
  api('POST', `/api/clients/${clientId}/billing-invoices`, { token, body: { periodStart, periodEnd } });

describe('rate cards', () => {
  it('owners put cards; the card in force depends on the date; agents see rates only when shown', async () => {
    const clientId = await billingClient('Rated');
    const later = await api('PUT', `/api/clients/${clientId}/rates`, {
      token: world.a.owner.token,
      body: {
        effectiveFrom: day(100),
        currency: 'USD',
        defaultRateMinor: 8000,
        rounding: { incrementMinutes: 15, mode: 'up' },
        agentRates: [{ userId: world.a.agent.id, rateMinor: 9000 }],
        categoryRates: [{ category: 'payroll', rateMinor: 7000 }],
      },
    });
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ clientId, effectiveFrom: day(100), defaultRateMinor: 8000, visibleToAgents: false, version: 1 });
    expect((await api('GET', `/api/clients/${clientId}/rates`, { token: world.a.manager.token })).body.defaultRateMinor).toBe(8000);
    expect((await api('GET', `/api/clients/${clientId}/rates?on=${day(200)}`, { token: world.a.manager.token })).body.defaultRateMinor).toBe(6000);
    expectError(await api('GET', `/api/clients/${clientId}/rates?on=${day(500)}`, { token: world.a.owner.token }), 404);
    expectError(await api('GET', `/api/clients/${clientId}/rates`, { token: world.a.agent.token }), 403);
    await api('PUT', `/api/clients/${clientId}/rates`, {
      token: world.a.owner.token,
      body: { effectiveFrom: day(100), currency: 'USD', defaultRateMinor: 8000, visibleToAgents: true },
    });
    expect((await api('GET', `/api/clients/${clientId}/rates`, { token: world.a.agent.token })).body.version).toBe(2);
  });

  it('only owners set rates; bad cards answer 400 naming the field', async () => {
    const clientId = await billingClient('Rated Two');
    expectError(await api('PUT', `/api/clients/${clientId}/rates`, { token: world.a.manager.token, body: { currency: 'USD', defaultRateMinor: 1 } }), 403);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ currency: 'EUR', defaultRateMinor: 1 }, 'currency'],
      [{ currency: 'USD', defaultRateMinor: -1 }, 'defaultRateMinor'],
      [{ currency: 'USD', defaultRateMinor: 1.5 }, 'defaultRateMinor'],
      [{ currency: 'USD', defaultRateMinor: 1, rounding: { incrementMinutes: 7, mode: 'up' } }, 'rounding.incrementMinutes'],
      [{ currency: 'USD', defaultRateMinor: 1, agentRates: [{ userId: world.b.owner.id, rateMinor: 1 }] }, 'agentRates.0.userId'],
      [{ currency: 'USD', defaultRateMinor: 1, effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
    ];
    for (const [body, field] of cases) {
      const response = await api('PUT', `/api/clients/${clientId}/rates`, { token: world.a.owner.token, body });
      expectError(response, 400);
      expect(response.body.error.details.map((d: { field: string }) => d.field), field).toContain(field);
    }
    expect((await api('GET', `/api/clients/${clientId}/rates`, { token: world.a.owner.token })).body.defaultRateMinor).toBe(6000);
  });
});

describe('billing runs', () => {
  it('bill approved billable time once, with rounding, rate precedence and the card in force when each entry started', async () => {
    const clientId = await billingClient('Billed', {
      card: { rounding: { incrementMinutes: 15, mode: 'up' }, categoryRates: [{ category: 'payroll', rateMinor: 7000 }] },
    });
    // A later card (from 60 days ago) doubles the default; entries before it keep the old rate.
    await api('PUT', `/api/clients/${clientId}/rates`, {
      token: world.a.owner.token,
      body: { effectiveFrom: day(60), currency: 'USD', defaultRateMinor: 12000, rounding: { incrementMinutes: 15, mode: 'up' } },
    });
    const old = await approvedTime(clientId, [[70, 9, 50]]); // 50 min → 60 min at 6000
    const payroll = await approvedTime(clientId, [[69, 9, 20]], { category: 'payroll' }); // 20 → 30 min at 7000
    const recent = await approvedTime(clientId, [[59, 9, 61]]); // 61 → 75 min at 12000
    const unbillable = await approvedTime(clientId, [[58, 9, 30]], { billable: false });
    const token = await login(world.a.agent.email);
    const open = await logTime(token, { clientId, startedAt: at(58, 12), endedAt: at(58, 13) });
    await approvedTime(clientId, [[30, 9, 30]]); // outside the period

    const response = await run(clientId, day(75), day(50));
    expect(response.status).toBe(201);
    const invoice = response.body;
    expect(invoice).toMatchObject({ clientId, status: 'draft', currency: 'USD', periodStart: day(75), periodEnd: day(50), taxMinor: 0 });
    expect(invoice.number).toMatch(/^BILL-\d{4}$/);
    expect(invoice.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: world.a.agent.id, rateMinor: 6000, durationSeconds: 3600, amountMinor: 6000, entryIds: old }),
        expect.objectContaining({ rateMinor: 7000, durationSeconds: 1800, amountMinor: 3500, entryIds: payroll }),
        expect.objectContaining({ rateMinor: 12000, durationSeconds: 4500, amountMinor: 15000, entryIds: recent }),
      ]),
    );
    expect(invoice.lines).toHaveLength(3);
    expect(invoice.subtotalMinor).toBe(24500);
    expect(invoice.totalMinor).toBe(24500);

    const entry = await api('GET', `/api/time-entries/${old[0]}`, { token: world.a.owner.token });
    expect(entry.body).toMatchObject({ status: 'billed', billingInvoiceId: invoice.id });
    expect((await api('GET', `/api/time-entries/${unbillable[0]}`, { token: world.a.owner.token })).body.status).toBe('approved');
    expect((await api('GET', `/api/time-entries/${open.id}`, { token: world.a.owner.token })).body.status).toBe('open');

    // Billed time is locked, and a rate change never reprices it.
    expectError(await api('PATCH', `/api/time-entries/${old[0]}`, { token: world.a.owner.token, body: { version: entry.body.version, note: 'x' } }), 409, 'entry_billed');
    expectError(await api('DELETE', `/api/time-entries/${old[0]}`, { token: world.a.owner.token }), 409, 'entry_billed');
    await api('PUT', `/api/clients/${clientId}/rates`, { token: world.a.owner.token, body: { effectiveFrom: day(400), currency: 'USD', defaultRateMinor: 1 } });
    expect((await api('GET', `/api/clients/${clientId}/billing-invoices/${invoice.id}`, { token: world.a.owner.token })).body.subtotalMinor).toBe(24500);

    expectError(await run(clientId, day(75), day(50)), 409, 'nothing_to_bill');
  });

  it('nothing to bill answers 409 and creates nothing', async () => {
    const clientId = await billingClient('Empty');
    expectError(await run(clientId, day(10), day(5)), 409, 'nothing_to_bill');
    expect((await api('GET', `/api/clients/${clientId}/billing-invoices`, { token: world.a.owner.token })).body.items).toEqual([]);
    expectError(await run(clientId, day(5), day(10)), 400);
  });

  it('leaves out time the client has not signed off, and disputed time', async () => {
    const clientId = await billingClient('Signs', { clientApprovalRequired: true });
    const reviewer = await invite(world.a.owner.token, 'client', clientId);
    const [signed, unsigned, disputed] = await approvedTime(clientId, [
      [80, 9, 60],
      [80, 11, 60],
      [80, 13, 60],
    ]);
    await move(reviewer.token, 'client-approve', [signed as string]);
    await move(reviewer.token, 'dispute', [disputed as string], { reason: 'Not ours' });
    const invoice = (await run(clientId, day(81), day(79))).body;
    expect(invoice.lines.flatMap((line: { entryIds: string[] }) => line.entryIds)).toEqual([signed]);
    expect((await api('GET', `/api/time-entries/${unsigned}`, { token: world.a.owner.token })).body.status).toBe('approved');
  });

  it('two runs racing for one client bill each entry exactly once', async () => {
    const clientId = await billingClient('Raced');
    const ids = await approvedTime(clientId, [
      [90, 9, 30],
      [90, 10, 30],
      [89, 9, 30],
    ]);
    const results = await Promise.all([run(clientId, day(95), day(85)), run(clientId, day(95), day(85)), run(clientId, day(91), day(85), world.a.owner.token)]);
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 201)) {
      expectError(r, 409);
      expect(['billing_in_progress', 'nothing_to_bill']).toContain(r.body.error.code);
    }
    expect(created[0]?.body.lines.flatMap((line: { entryIds: string[] }) => line.entryIds).sort()).toEqual([...ids].sort());
    const list = await api('GET', `/api/clients/${clientId}/billing-invoices`, { token: world.a.owner.token });
    expect(list.body.items).toHaveLength(1);
  });

  it('void releases the entries; a new run bills them again under a new, never reused number', async () => {
    const clientId = await billingClient('Voided');
    const ids = await approvedTime(clientId, [[100, 9, 60]]);
    const first = (await run(clientId, day(101), day(99))).body;
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${first.id}/void`, { token: world.a.manager.token }), 403);
    const voided = await api('POST', `/api/clients/${clientId}/billing-invoices/${first.id}/void`, { token: world.a.owner.token });
    expect(voided.status).toBe(200);
    expect(voided.body.status).toBe('void');
    const entry = await api('GET', `/api/time-entries/${ids[0]}`, { token: world.a.owner.token });
    expect(entry.body.status).toBe('approved');
    expect(entry.body.billingInvoiceId).toBeUndefined();
    const second = (await run(clientId, day(101), day(99))).body;
    expect(second.number).not.toBe(first.number);
    expect(Number(second.number.slice(5))).toBeGreaterThan(Number(first.number.slice(5)));
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${first.id}/void`, { token: world.a.owner.token }), 409, 'invalid_transition');
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${first.id}/issue`, { token: world.a.owner.token }), 409);
  });

  it('audits each move of an invoice with its lines’ entry counts, not their ids, so a record stays small at any size', async () => {
    const clientId = await billingClient('Audited');
    await approvedTime(clientId, [
      [170, 9, 60],
      [170, 11, 30],
    ]);
    const invoice = (await run(clientId, day(171), day(169))).body;
    expect((await api('POST', `/api/clients/${clientId}/billing-invoices/${invoice.id}/issue`, { token: world.a.owner.token })).status).toBe(200);
    const trail = await api('GET', `/api/audit?clientId=${clientId}&entity=billing_invoice`, { token: world.a.owner.token });
    expect(trail.body.items.map((record: { action: string }) => record.action)).toEqual(['billing_invoice.issue', 'billing_invoice.create']);
    const [issued, created] = trail.body.items;
    const entryCount = invoice.lines.reduce((sum: number, line: { entryIds: string[] }) => sum + line.entryIds.length, 0);
    expect(entryCount).toBe(2);
    for (const snapshot of [created.after, issued.before, issued.after]) {
      expect(snapshot.lines.reduce((sum: number, line: { entryCount: number }) => sum + line.entryCount, 0)).toBe(entryCount);
      expect(snapshot.lines.every((line: object) => !('entryIds' in line))).toBe(true);
    }
    expect([issued.before.status, issued.after.status]).toEqual(['draft', 'issued']);
    // The invoice itself still names every entry.
    const read = await api('GET', `/api/clients/${clientId}/billing-invoices/${invoice.id}`, { token: world.a.owner.token });
    expect(read.body.lines).toEqual(invoice.lines);
  });

  it('issue, partial and full payment, overpayment refused; reviewers see issued invoices and drill down', async () => {
    const clientId = await billingClient('Paid');
    const reviewer = await invite(world.a.owner.token, 'client', clientId);
    const workedOn = await api('POST', `/api/clients/${clientId}/invoices`, {
      token: world.a.owner.token,
      body: { customer: { name: 'Lakeside' }, issueDate: day(110), dueDate: day(80), lines: [{ description: 'Cleaning', quantity: 1, unitPriceMinor: 100, taxRateBps: 0 }] },
    });
    const ids = [
      ...(await approvedTime(clientId, [[110, 9, 60]], { workItem: { type: 'invoice', id: workedOn.body.id } })),
      ...(await approvedTime(clientId, [[110, 11, 30]])),
    ];
    const draft = (await run(clientId, day(111), day(109))).body;
    expectError(await api('GET', `/api/clients/${clientId}/billing-invoices/${draft.id}`, { token: reviewer.token }), 404);
    expect((await api('GET', `/api/clients/${clientId}/billing-invoices`, { token: reviewer.token })).body.items).toEqual([]);
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/record-payment`, { token: world.a.owner.token, body: { amountMinor: 1 } }), 409);
    const issued = await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/issue`, { token: world.a.owner.token });
    expect(issued.body).toMatchObject({ status: 'issued', totalMinor: 9000 });

    const seen = await api('GET', `/api/clients/${clientId}/billing-invoices/${draft.id}`, { token: reviewer.token });
    expect(seen.status).toBe(200);
    const lineEntries = await api('GET', `/api/clients/${clientId}/billing-invoices/${draft.id}/entries?line=0`, { token: reviewer.token });
    expect(lineEntries.body.items.map((e: { id: string }) => e.id).sort()).toEqual([...ids].sort());
    // From an entry to its work item, named.
    expect(lineEntries.body.items.find((e: { id: string }) => e.id === ids[0]).workItem).toEqual({ type: 'invoice', id: workedOn.body.id, title: `${workedOn.body.number} · Lakeside` });
    expect((await api('GET', `/api/time-entries/${ids[0]}`, { token: reviewer.token })).body.status).toBe('billed');

    const partial = await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/record-payment`, { token: world.a.owner.token, body: { amountMinor: 4000 } });
    expect(partial.body).toMatchObject({ status: 'issued', amountPaidMinor: 4000 });
    const overpaid = await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/record-payment`, { token: world.a.owner.token, body: { amountMinor: 5001 } });
    expectError(overpaid, 400, 'validation_error');
    expect(overpaid.body.error.details[0].field).toBe('amountMinor');
    const paid = await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/record-payment`, { token: world.a.owner.token, body: { amountMinor: 5000 } });
    expect(paid.body).toMatchObject({ status: 'paid', amountPaidMinor: 9000 });
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/void`, { token: world.a.owner.token }), 409);
    expectError(await api('POST', `/api/clients/${clientId}/billing-invoices/${draft.id}/issue`, { token: reviewer.token }), 403);
  });

  it('renders a PDF and a CSV with every entry', async () => {
    const clientId = await billingClient('Documented');
    const ids = await approvedTime(clientId, [
      [120, 9, 45],
      [120, 11, 15],
    ], { note: 'Reconciled, "carefully"' });
    const invoice = (await run(clientId, day(121), day(119))).body;
    const pdf = await api('GET', `/api/clients/${clientId}/billing-invoices/${invoice.id}/pdf`, { token: world.a.owner.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    const csv = await api('GET', `/api/clients/${clientId}/billing-invoices/${invoice.id}/export.csv`, { token: world.a.owner.token });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = String(csv.body).trim().split('\r\n');
    expect(rows[0]).toBe('invoice,line,entryId,agent,startedAt,endedAt,durationSeconds,category,workItemType,workItemId,workItemTitle,note,rateMinor,currency');
    expect(rows).toHaveLength(3);
    for (const id of ids) expect(rows.some((row) => row.includes(id) && row.includes('"Reconciled, ""carefully"""') && row.includes('6000'))).toBe(true);
  });

  it('bills 1,000 entries in one run, all or nothing', async () => {
    const clientId = await billingClient('Big');
    const members = await api('GET', `/api/members/${world.a.agent.id}`, { token: world.a.owner.token });
    const ctx: TenantContext = {
      tenantId: world.a.tenantId,
      userId: world.a.agent.id,
      email: world.a.agent.email,
      role: 'agent',
      assignedClientIds: new Set(members.body.assignedClientIds),
    };
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const start = Date.parse(at(200, 0)) + i * 10 * 60_000;
      const entry = await createEntry(ctx, {
        clientId,
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + 6 * 60_000).toISOString(),
        billable: true,
        category: 'data-entry',
        note: '',
      });
      ids.push(entry.id);
    }
    const manager: TenantContext = { ...ctx, userId: world.a.manager.id, email: world.a.manager.email, role: 'manager' };
    for (let i = 0; i < ids.length; i += 40) {
      await moveEntries(ctx, 'submit', ids.slice(i, i + 40));
      await moveEntries(manager, 'approve', ids.slice(i, i + 40));
    }
    const invoice = await runBilling(manager, clientId, { periodStart: day(201), periodEnd: day(190) });
    expect(invoice.lines).toHaveLength(1);
    expect(invoice.lines[0]?.entryIds).toHaveLength(1000);
    expect(invoice.lines[0]?.durationSeconds).toBe(1000 * 360);
    expect(invoice.subtotalMinor).toBe(600_000);
    const billed = await api('GET', `/api/time-entries?clientId=${clientId}&status=billed&limit=100`, { token: world.a.owner.token });
    expect(billed.body.items).toHaveLength(100);
    expect(billed.body.nextCursor).not.toBeNull();
    const stillApproved = await api('GET', `/api/time-entries?clientId=${clientId}&status=approved`, { token: world.a.owner.token });
    expect(stillApproved.body.items).toEqual([]);
  }, 180_000);

  it('a run that fails part-way through marking entries leaves nothing billed and no invoice', async () => {
    const clientId = await billingClient('Fails Midway');
    const members = await api('GET', `/api/members/${world.a.agent.id}`, { token: world.a.owner.token });
    const ctx: TenantContext = {
      tenantId: world.a.tenantId,
      userId: world.a.agent.id,
      email: world.a.agent.email,
      role: 'agent',
      assignedClientIds: new Set(members.body.assignedClientIds),
    };
    const manager: TenantContext = { ...ctx, userId: world.a.manager.id, email: world.a.manager.email, role: 'manager' };
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const start = Date.parse(at(300, 0)) + i * 5 * 60_000;
      ids.push((await createEntry(ctx, { clientId, startedAt: new Date(start).toISOString(), endedAt: new Date(start + 60_000).toISOString(), billable: true, category: 'x', note: '' })).id);
    }
    for (let i = 0; i < ids.length; i += 40) {
      await moveEntries(ctx, 'submit', ids.slice(i, i + 40));
      await moveEntries(manager, 'approve', ids.slice(i, i + 40));
    }
    // The third transaction of the run (invoice, first chunk, second chunk) is throttled past its retries.
    const transactions = faultyTransactions((attempt) =>
      attempt === 3 ? Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }) : undefined,
    );
    try {
      await expect(runBilling(manager, clientId, { periodStart: day(301), periodEnd: day(299) })).rejects.toMatchObject({ status: 503 });
    } finally {
      transactions.stub.restore();
    }
    // The invoice and the first chunk were written, the second failed, and the first was undone.
    expect(transactions.attempts()).toBeGreaterThanOrEqual(4);
    const billed = await api('GET', `/api/time-entries?clientId=${clientId}&status=billed`, { token: world.a.owner.token });
    expect(billed.body.items).toEqual([]);
    expect((await api('GET', `/api/clients/${clientId}/billing-invoices`, { token: world.a.owner.token })).body.items).toEqual([]);
    // Nor the parties written with the building invoice: the undo removed them with it.
    expect(await storedParties(clientId)).toEqual([]);
    const retried = await runBilling(manager, clientId, { periodStart: day(301), periodEnd: day(299) });
    expect((await storedParties(clientId)).map((item) => item.sk)).toEqual([`BILLING_PARTIES#${retried.id}`]);
    expect(retried.lines[0]?.entryIds).toHaveLength(200);
  }, 120_000);
});

/** DynamoDB calls a request made, from its Server-Timing header. */
function callsOf(response: { headers: Headers }): number {
  const match = /desc="(\d+) calls/.exec(response.headers.get('server-timing') ?? '');
  if (!match) throw new Error('No Server-Timing');
  return Number(match[1]);
}

/** A read measured as an ordinary request (not the caller's first in a minute: see inSteadyWindow). */
async function measured(path: string, token: string) {
  await inSteadyWindow(token);
  const response = await api('GET', path, { token });
  return { response, calls: callsOf(response) };
}

describe('a billing invoice’s entries (the billing index)', () => {
  /** A draft with two lines (the default rate, and a category's), five entries in all. */
  async function twoLineDraft(name: string, daysAgo: number) {
    const clientId = await billingClient(name, { card: { categoryRates: [{ category: 'payroll', rateMinor: 9000 }] } });
    const ids = [
      ...(await approvedTime(clientId, [[daysAgo, 9, 30], [daysAgo, 10, 30], [daysAgo, 11, 30]])),
      ...(await approvedTime(clientId, [[daysAgo, 13, 30], [daysAgo, 14, 30]], { category: 'payroll' })),
    ];
    const draft = (await run(clientId, day(daysAgo + 1), day(daysAgo - 1))).body;
    expect(draft.lines).toHaveLength(2);
    return { clientId, ids, draft, base: `/api/clients/${clientId}/billing-invoices/${draft.id}` };
  }

  it('pages through the entries in invoice order, line by line, each page read with the invoice in one query', async () => {
    const { draft, base } = await twoLineDraft('Indexed', 140);
    const invoiceOrder = draft.lines.flatMap((line: { entryIds: string[] }) => line.entryIds);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof measured>> = await measured(
        `${base}/entries?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        world.a.owner.token,
      );
      const { response, calls } = page;
      expect(response.status).toBe(200);
      expect(calls).toBe(2);
      seen.push(...response.body.items.map((entry: { id: string }) => entry.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(invoiceOrder);
    for (const [index, line] of draft.lines.entries()) {
      const { response, calls } = await measured(`${base}/entries?line=${index}`, world.a.owner.token);
      expect(calls).toBe(2);
      expect(response.body.items.map((entry: { id: string }) => entry.id)).toEqual(line.entryIds);
      for (const entry of response.body.items) expect(entry).toMatchObject({ status: 'billed', billingInvoiceId: draft.id });
    }
    expectError(await api('GET', `${base}/entries?line=2`, { token: world.a.owner.token }), 404);
  });

  it('a client reviewer sees no entries of a draft, by line or in all, until it is issued', async () => {
    const { clientId, ids, base } = await twoLineDraft('Reviewed Draft', 142);
    const reviewer = await invite(world.a.owner.token, 'client', clientId);
    expectError(await api('GET', `${base}/entries`, { token: reviewer.token }), 404);
    expectError(await api('GET', `${base}/entries?line=0`, { token: reviewer.token }), 404);
    expect((await api('POST', `${base}/issue`, { token: world.a.owner.token })).status).toBe(200);
    const { response, calls } = await measured(`${base}/entries`, reviewer.token);
    expect(calls).toBe(2);
    expect(response.body.items.map((entry: { id: string }) => entry.id).sort()).toEqual([...ids].sort());
  });

  it('void, then a new run: the void invoice lists its entries as they now are, the new one lists them billed on it', async () => {
    const { clientId, ids, draft: first, base } = await twoLineDraft('Rebilled', 144);
    expect((await api('POST', `${base}/void`, { token: world.a.owner.token })).status).toBe(200);
    const released = await api('GET', `${base}/entries`, { token: world.a.owner.token });
    expect(released.body.items.map((entry: { id: string }) => entry.id).sort()).toEqual([...ids].sort());
    for (const entry of released.body.items) {
      expect(entry.status).toBe('approved');
      expect(entry.billingInvoiceId).toBeUndefined();
    }
    const second = (await run(clientId, day(145), day(143))).body;
    expect(second.id).not.toBe(first.id);
    const secondBase = `/api/clients/${clientId}/billing-invoices/${second.id}`;
    const { response, calls } = await measured(`${secondBase}/entries`, world.a.owner.token);
    expect(calls).toBe(2);
    expect(response.body.items.map((entry: { id: string }) => entry.id)).toEqual(second.lines.flatMap((line: { entryIds: string[] }) => line.entryIds));
    for (const entry of response.body.items) expect(entry).toMatchObject({ status: 'billed', billingInvoiceId: second.id });
    // The void invoice still names the same entries, now billed on the new invoice.
    const again = await api('GET', `${base}/entries?line=1`, { token: world.a.owner.token });
    expect(again.body.items.map((entry: { id: string }) => entry.id)).toEqual(first.lines[1].entryIds);
    for (const entry of again.body.items) expect(entry.billingInvoiceId).toBe(second.id);
  });

  it('billing and a void keep where an entry was counted, unseen: the released entry deletes in 3 calls and takes back its seconds', async () => {
    const { clientId, ids, base } = await twoLineDraft('Released Then Deleted', 148);
    const ctx = { tenantId: world.a.tenantId } as TenantContext;
    const billedPage = await api('GET', `${base}/entries`, { token: world.a.owner.token });
    expect(billedPage.status).toBe(200);
    expect((await api('POST', `${base}/void`, { token: world.a.owner.token })).status).toBe(200);
    const releasedPage = await api('GET', `${base}/entries`, { token: world.a.owner.token });
    expect(JSON.stringify([billedPage.body, releasedPage.body])).not.toContain('usageCounted');
    const key = keys.timeEntry(ctx, ids[0] as string);
    const entry = (await table.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: key, ConsistentRead: true }))).Item;
    expect(entry).toMatchObject({ status: 'approved', usageCounted: { month: day(148).slice(0, 7), seconds: 1800 } });
    const usageKey = keys.clientUsage(ctx, clientId, day(148).slice(0, 7));
    const usage = async () => Number((await table.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: usageKey, ConsistentRead: true }))).Item?.trackedSeconds);
    const before = await usage();
    await inSteadyWindow(world.a.manager.token);
    const deleted = await api('DELETE', `/api/time-entries/${ids[0]}`, { token: world.a.manager.token });
    expect(deleted.status).toBe(204);
    expect(callsOf(deleted)).toBe(3);
    expect(await usage()).toBe(before - 1800);
  });

  it('an invoice billed before the billing index existed still lists its entries, read by key', async () => {
    const { ids, draft, base } = await twoLineDraft('Billed Earlier', 146);
    const ctx = { tenantId: world.a.tenantId } as TenantContext;
    for (const key of [keys.billingInvoice(ctx, draft.clientId, draft.id), ...ids.map((id) => keys.timeEntry(ctx, id))]) {
      await table.send(new UpdateCommand({ TableName: process.env.TABLE_NAME, Key: key, UpdateExpression: 'REMOVE gsi4pk, gsi4sk' }));
    }
    const { pk, sk } = keys.billingParties(ctx, draft.clientId, draft.id);
    await table.send(new DeleteCommand({ TableName: process.env.TABLE_NAME, Key: { pk, sk } }));
    const invoiceOrder = draft.lines.flatMap((line: { entryIds: string[] }) => line.entryIds);
    const { response, calls } = await measured(`${base}/entries`, world.a.owner.token);
    expect(calls).toBe(4);
    expect(response.body.items.map((entry: { id: string }) => entry.id)).toEqual(invoiceOrder);
    // The documents read the client, the firm, the entries and the agents by key, as they now are.
    const csv = await measured(`${base}/export.csv`, world.a.owner.token);
    expect(csv.calls).toBe(4);
    const rows = String(csv.response.body).trim().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[2])).toEqual(invoiceOrder);
    expect((await apiBytes(`${base}/pdf`, world.a.owner.token)).status).toBe(200);
  });
});

describe('a billing invoice’s PDF and CSV (the billing index)', () => {
  /** A draft of one new agent's two entries, for a client of its own. */
  async function draftOfNewAgent(name: string) {
    const clientId = await billingClient(name);
    const agent = await invite(world.a.owner.token, 'agent');
    await api('PUT', `/api/clients/${clientId}/assignments`, { token: world.a.owner.token, body: { agentIds: [agent.id] } });
    const token = await login(agent.email);
    const ids = [
      (await logTime(token, { clientId, startedAt: at(150, 9), endedAt: at(150, 10), note: 'first' })).id,
      (await logTime(token, { clientId, startedAt: at(150, 11), endedAt: at(150, 11, 30), note: 'second' })).id,
    ];
    await move(token, 'submit', ids);
    await move(world.a.manager.token, 'approve', ids);
    const draft = (await run(clientId, day(151), day(149))).body;
    return { clientId, agent, ids, draft, base: `/api/clients/${clientId}/billing-invoices/${draft.id}` };
  }

  it('come with the invoice and its entries in one query, naming the client and the agents as they were billed', async () => {
    const { clientId, agent, ids, base } = await draftOfNewAgent('Documented Parties');
    const member = await api('GET', `/api/members/${agent.id}`, { token: world.a.owner.token });
    const billedAs = member.body.name;
    expect((await api('PATCH', `/api/members/${agent.id}`, { token: world.a.owner.token, body: { version: member.body.version, name: 'Renamed Later' } })).status).toBe(200);
    const client = await api('GET', `/api/clients/${clientId}`, { token: world.a.owner.token });
    expect((await api('PATCH', `/api/clients/${clientId}`, { token: world.a.owner.token, body: { version: client.body.version, name: 'Renamed Client' } })).status).toBe(200);

    const csv = await measured(`${base}/export.csv`, world.a.owner.token);
    expect(csv.calls).toBe(2);
    const rows = String(csv.response.body).trim().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[2])).toEqual(ids);
    for (const row of rows) expect(row.split(',')[3]).toBe(billedAs);
    const pdf = await measured(`${base}/pdf`, world.a.owner.token);
    expect(pdf.response.status).toBe(200);
    expect(pdf.calls).toBe(2);
    const text = pdfText((await apiBytes(`${base}/pdf`, world.a.owner.token)).bytes);
    expect(text).toContain('Bill to: Documented Parties');
    expect(text).toContain(billedAs);
    expect(text).not.toContain('Renamed');
  });

  it('a void invoice’s CSV lists its entries as they now are', async () => {
    const { ids, base } = await draftOfNewAgent('Documented Void');
    expect((await api('POST', `${base}/void`, { token: world.a.owner.token })).status).toBe(200);
    const csv = await measured(`${base}/export.csv`, world.a.owner.token);
    expect(csv.response.status).toBe(200);
    expect(String(csv.response.body).trim().split('\r\n').slice(1).map((row) => row.split(',')[2])).toEqual(ids);
    // The invoice and its parties from the index, the released entries by key.
    expect(csv.calls).toBe(3);
  });
});

describe('billing isolation', () => {
  it('outsiders get 404 on every billing route, and nothing changes', async () => {
    await api('PUT', `/api/clients/${world.a.c1}/rates`, { token: world.a.owner.token, body: { effectiveFrom: day(400), currency: 'USD', defaultRateMinor: 5000 } });
    const ids = await approvedTime(world.a.c1, [[130, 9, 60]]);
    const draft = (await run(world.a.c1, day(131), day(129))).body;
    await api('POST', `/api/clients/${world.a.c1}/billing-invoices/${draft.id}/issue`, { token: world.a.owner.token });
    const base = `/api/clients/${world.a.c1}/billing-invoices/${draft.id}`;
    for (const [who, token] of outsidersOfC1(world)) {
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', `/api/clients/${world.a.c1}/rates`],
        ['PUT', `/api/clients/${world.a.c1}/rates`, { currency: 'USD', defaultRateMinor: 1 }],
        ['GET', `/api/clients/${world.a.c1}/billing-invoices`],
        ['POST', `/api/clients/${world.a.c1}/billing-invoices`, { periodStart: day(131), periodEnd: day(129) }],
        ['GET', base],
        ['GET', `${base}/entries`],
        ['POST', `${base}/issue`],
        ['POST', `${base}/void`],
        ['POST', `${base}/record-payment`, { amountMinor: 1 }],
        ['GET', `${base}/pdf`],
        ['GET', `${base}/export.csv`],
      ];
      for (const [method, path, body] of attempts) {
        const response = await api(method, path, { token, ...(body ? { body } : {}) });
        expect(response.status, `${who}: ${method} ${path}`).toBe(404);
      }
    }
    const after = await api('GET', base, { token: world.a.owner.token });
    expect(after.body).toMatchObject({ status: 'issued', amountPaidMinor: 0, version: draft.version + 1 });
    expect((await api('GET', `/api/clients/${world.a.c1}/rates`, { token: world.a.owner.token })).body.defaultRateMinor).toBe(5000);
    expect((await api('GET', `/api/time-entries/${ids[0]}`, { token: world.a.owner.token })).body.billingInvoiceId).toBe(draft.id);
  });
});
