import { beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../functions/core/context.ts';
import { writeItems } from '../../functions/core/db.ts';
import { newId } from '../../functions/core/ids.ts';
import { workItemRecord } from '../../functions/core/work-items.ts';
import { api, expectError } from '../support/api.ts';
import { buildWorld, createClient, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
let invoice: { id: string; version: number };
let otherClientInvoice: { id: string };
let run: { id: string };

const commentsOf = (clientId: string) => `/api/clients/${clientId}/comments`;
const invoiceBody = {
  customer: { name: 'Commented Customer' },
  issueDate: '2026-11-02',
  dueDate: '2026-11-30',
  lines: [{ description: 'Work', quantity: 1, unitPriceMinor: 1000, taxRateBps: 0 }],
};

beforeAll(async () => {
  world = await buildWorld();
  invoice = (await api('POST', `/api/clients/${world.a.c1}/invoices`, { token: world.a.agent.token, body: invoiceBody })).body;
  otherClientInvoice = (await api('POST', `/api/clients/${world.a.c2}/invoices`, { token: world.a.owner.token, body: invoiceBody })).body;
  run = (
    await api('POST', `/api/clients/${world.a.c1}/payroll-runs`, {
      token: world.a.agent.token,
      body: { periodStart: '2026-11-01', periodEnd: '2026-11-15', payDate: '2026-11-20' },
    })
  ).body;
});

describe('comments', () => {
  it('the firm and the client’s reviewer comment on an invoice; the thread reads oldest first', async () => {
    const first = await api('POST', commentsOf(world.a.c1), { token: world.a.agent.token, body: { on: `invoice:${invoice.id}`, body: 'Ready for review.' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      clientId: world.a.c1,
      on: `invoice:${invoice.id}`,
      workItem: { type: 'invoice', id: invoice.id },
      body: 'Ready for review.',
      author: { id: world.a.agent.id, email: world.a.agent.email, name: 'A agent', role: 'agent' },
      version: 1,
    });
    const second = await api('POST', commentsOf(world.a.c1), { token: world.a.reviewer.token, body: { on: `invoice:${invoice.id}`, body: 'Please fix the due date.' } });
    expect(second.status).toBe(201);
    for (const token of [world.a.owner.token, world.a.manager.token, world.a.agent.token, world.a.reviewer.token]) {
      const list = await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { body: string }) => c.body)).toEqual(['Ready for review.', 'Please fix the due date.']);
    }
  });

  it('works on a payroll run and on any module’s work item in the directory (batch, ticket, billing invoice)', async () => {
    const onRun = await api('POST', commentsOf(world.a.c1), { token: world.a.reviewer.token, body: { on: `payroll_run:${run.id}`, body: 'Hours look right.' } });
    expect(onRun.status).toBe(201);
    // Other modules write the same directory record in their own transactions; here one is written directly.
    for (const type of ['batch', 'ticket', 'billing_invoice'] as const) {
      const id = newId();
      await writeItems(systemContext(world.a.tenantId), [workItemRecord(systemContext(world.a.tenantId), { type, id, clientId: world.a.c1, title: `A ${type}`, status: 'open' })]);
      const posted = await api('POST', commentsOf(world.a.c1), { token: world.a.manager.token, body: { on: `${type}:${id}`, body: `On the ${type}` } });
      expect(posted.status, type).toBe(201);
      const listed = await api('GET', `${commentsOf(world.a.c1)}?on=${type}:${id}`, { token: world.a.reviewer.token });
      expect(listed.body.items.map((c: { body: string }) => c.body)).toEqual([`On the ${type}`]);
    }
    // Comments on one item are not listed under another.
    const runThread = await api('GET', `${commentsOf(world.a.c1)}?on=payroll_run:${run.id}`, { token: world.a.owner.token });
    expect(runThread.body.items.map((c: { body: string }) => c.body)).toEqual(['Hours look right.']);
  });

  it('a work item that is absent, or under another client, answers 404 and nothing is written', async () => {
    const before = (await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token: world.a.owner.token })).body.items.length;
    const attempts = [
      await api('POST', commentsOf(world.a.c1), { token: world.a.owner.token, body: { on: `invoice:${otherClientInvoice.id}`, body: 'x' } }),
      await api('POST', commentsOf(world.a.c1), { token: world.a.owner.token, body: { on: `invoice:${newId()}`, body: 'x' } }),
      await api('POST', commentsOf(world.a.c1), { token: world.a.owner.token, body: { on: `payroll_run:${invoice.id}`, body: 'x' } }),
      await api('POST', commentsOf(world.a.c1), { token: world.a.owner.token, body: { on: 'invoice:not-a-ulid', body: 'x' } }),
      await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${otherClientInvoice.id}`, { token: world.a.owner.token }),
    ];
    for (const response of attempts) expectError(response, 404, 'not_found');
    expect((await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token: world.a.owner.token })).body.items).toHaveLength(before);
  });

  it('bad comment input answers 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ on: 'invoice', body: 'x' }, 'on'],
      [{ on: `spaceship:${invoice.id}`, body: 'x' }, 'on'],
      [{ on: `invoice:${invoice.id}`, body: '   ' }, 'body'],
      [{ on: `invoice:${invoice.id}`, body: 'x', author: 'someone else' }, '(body)'],
    ];
    for (const [body, field] of cases) {
      const response = await api('POST', commentsOf(world.a.c1), { token: world.a.owner.token, body });
      expectError(response, 400, 'validation_error');
      expect(response.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const missingOn = await api('GET', commentsOf(world.a.c1), { token: world.a.owner.token });
    expectError(missingOn, 400);
    expect(missingOn.body.error.details[0].field).toBe('on');
  });

  it('replays an idempotent comment: one comment', async () => {
    const headers = { 'idempotency-key': `comment-${Date.now()}` };
    const body = { on: `payroll_run:${run.id}`, body: 'Posted once' };
    const first = await api('POST', commentsOf(world.a.c1), { token: world.a.agent.token, body, headers });
    const again = await api('POST', commentsOf(world.a.c1), { token: world.a.agent.token, body, headers });
    expect(again.body).toEqual(first.body);
    const thread = await api('GET', `${commentsOf(world.a.c1)}?on=payroll_run:${run.id}`, { token: world.a.owner.token });
    expect(thread.body.items.filter((c: { body: string }) => c.body === 'Posted once')).toHaveLength(1);
  });

  it('pages a long thread', async () => {
    const client = await createClient(world.a.owner.token, 'Chatty');
    const item = (await api('POST', `/api/clients/${client.id}/invoices`, { token: world.a.owner.token, body: invoiceBody })).body;
    const foreign = await api('GET', `${commentsOf(client.id)}?on=invoice:${item.id}`, { token: world.a.reviewer.token });
    expect(foreign.status).toBe(404); // C1's reviewer, not this client's
    const none = await api('GET', `${commentsOf(client.id)}?on=invoice:${item.id}`, { token: world.a.owner.token });
    expect(none.body).toEqual({ items: [], nextCursor: null });
    for (let i = 1; i <= 5; i++) {
      await api('POST', commentsOf(client.id), { token: world.a.owner.token, body: { on: `invoice:${item.id}`, body: `Comment ${i}` } });
    }
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ body: string }>; nextCursor: string | null } } = await api(
        'GET',
        `${commentsOf(client.id)}?on=invoice:${item.id}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: world.a.owner.token },
      );
      seen.push(...page.body.items.map((c) => c.body));
      pageSizes.push(page.body.items.length);
      cursor = page.body.nextCursor;
    } while (cursor);
    // The first page's Query also reads the work item's record, which takes no place among the comments.
    expect(pageSizes.slice(0, 3)).toEqual([2, 2, 1]);
    expect(seen).toEqual(['Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'Comment 5']);
  });

  it('another tenant, another client’s reviewer and an unassigned agent get 404 and write nothing', async () => {
    const before = (await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token: world.a.owner.token })).body.items;
    for (const [who, token] of outsidersOfC1(world)) {
      const list = await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token });
      expect(list.status, who).toBe(404);
      expectError(list, 404, 'not_found');
      const post = await api('POST', commentsOf(world.a.c1), { token, body: { on: `invoice:${invoice.id}`, body: 'Intrusion' } });
      expect(post.status, who).toBe(404);
      expectError(post, 404, 'not_found');
    }
    const after = (await api('GET', `${commentsOf(world.a.c1)}?on=invoice:${invoice.id}`, { token: world.a.owner.token })).body.items;
    expect(after).toEqual(before);
  });
});

describe('audit trail API', () => {
  type Record = { id: string; at: string; action: string; entity: string; entityId: string; clientId?: string; actor: { id: string; email: string }; before?: any; after?: any };
  async function everything(token: string, query = ''): Promise<Record[]> {
    const all: Record[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Record[]; nextCursor: string | null } } = await api(
        'GET',
        `/api/audit?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token },
      );
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return all;
  }

  it('an owner sees every change with actor, action, before and after, newest first', async () => {
    const approvable = (await api('POST', `/api/clients/${world.a.c1}/invoices`, { token: world.a.agent.token, body: invoiceBody })).body;
    await api('POST', `/api/clients/${world.a.c1}/invoices/${approvable.id}/submit`, { token: world.a.agent.token });
    await api('POST', `/api/clients/${world.a.c1}/invoices/${approvable.id}/approve`, { token: world.a.reviewer.token });
    const records = await everything(world.a.owner.token);
    const ids = records.map((r) => r.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    const approve = records.find((r) => r.action === 'invoice.approve' && r.entityId === approvable.id);
    expect(approve).toMatchObject({
      entity: 'invoice',
      clientId: world.a.c1,
      actor: { id: world.a.reviewer.id, email: world.a.reviewer.email },
      before: { status: 'pending_approval' },
      after: { status: 'approved' },
    });
    expect(Date.parse(approve?.at ?? '')).not.toBeNaN();
    const actions = new Set(records.map((r) => r.action));
    for (const action of ['tenant.create', 'client.create', 'member.invite', 'assignments.replace', 'invoice.create', 'invoice.submit', 'payroll_run.create', 'comment.create']) {
      expect(actions.has(action), action).toBe(true);
    }
    expect(records.some((r) => r.entityId === otherClientInvoice.id)).toBe(true);
  });

  it('filters by client, entity and time, and pages a filtered list without gaps or repeats', async () => {
    const byClient = await everything(world.a.owner.token, `&clientId=${world.a.c2}`);
    expect(byClient.length).toBeGreaterThan(0);
    expect(byClient.every((r) => r.clientId === world.a.c2)).toBe(true);

    const invoicesOnly = await everything(world.a.owner.token, '&entity=invoice');
    expect(invoicesOnly.length).toBeGreaterThan(2);
    expect(invoicesOnly.every((r) => r.entity === 'invoice')).toBe(true);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Record[]; nextCursor: string | null } } = await api(
        'GET',
        `/api/audit?entity=invoice&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: world.a.owner.token },
      );
      paged.push(...page.body.items.map((r) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(invoicesOnly.map((r) => r.id));

    const from = new Date().toISOString();
    const created = await createClient(world.a.owner.token, 'Time Window');
    const to = new Date().toISOString();
    await createClient(world.a.owner.token, 'After The Window');
    const windowed = await everything(world.a.owner.token, `&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(windowed.map((r) => r.entityId)).toEqual([created.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await everything(world.a.owner.token, `&from=${today}&to=${today}&entity=client`)).length).toBeGreaterThanOrEqual(2);
    expect(await everything(world.a.owner.token, '&to=2000-01-01')).toEqual([]);
    const backwards = await api('GET', `/api/audit?from=2026-02-01&to=2026-01-01`, { token: world.a.owner.token });
    expectError(backwards, 400);
    expect(backwards.body.error.details[0].field).toBe('to');
    expectError(await api('GET', '/api/audit?from=yesterday', { token: world.a.owner.token }), 400);
    expectError(await api('GET', '/api/audit?clientId=not-an-id', { token: world.a.owner.token }), 400);
  });

  it("a client's reviewer sees only their own client's trail; asking for another client answers 404", async () => {
    const mine = await everything(world.a.reviewer.token);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.clientId === world.a.c1)).toBe(true);
    expect(mine.some((r) => r.action === 'invoice.create')).toBe(true);
    expect((await everything(world.a.reviewer.token, `&clientId=${world.a.c1}`)).map((r) => r.id)).toEqual(mine.map((r) => r.id));
    expectError(await api('GET', `/api/audit?clientId=${world.a.c2}`, { token: world.a.reviewer.token }), 404);
    expectError(await api('GET', `/api/audit?clientId=${world.b.client}`, { token: world.a.reviewer.token }), 404);
  });

  it('managers and agents get 403', async () => {
    expectError(await api('GET', '/api/audit', { token: world.a.manager.token }), 403, 'forbidden');
    expectError(await api('GET', '/api/audit', { token: world.a.agent.token }), 403, 'forbidden');
    expectError(await api('GET', `/api/audit?clientId=${world.a.c1}`, { token: world.a.agent.token }), 403);
  });

  it('another tenant sees none of this tenant’s records, even asking for its client', async () => {
    const theirs = await everything(world.b.owner.token);
    const aIds = new Set((await everything(world.a.owner.token)).map((r) => r.id));
    expect(theirs.some((r) => aIds.has(r.id))).toBe(false);
    // Another tenant's client answers 404, as a missing one does (found by the generated isolation suite).
    expectError(await api('GET', `/api/audit?clientId=${world.a.c1}`, { token: world.b.owner.token }), 404, 'not_found');
    const bReviewer = await everything(world.b.reviewer.token);
    expect(bReviewer.every((r) => r.clientId === world.b.client)).toBe(true);
  });

  it('no route edits or deletes an audit record', async () => {
    const [record] = await everything(world.a.owner.token);
    for (const method of ['PATCH', 'PUT', 'DELETE', 'POST']) {
      expect((await api(method, '/api/audit', { token: world.a.owner.token, body: {} })).status, method).toBe(404);
      expect((await api(method, `/api/audit/${record?.id}`, { token: world.a.owner.token, body: {} })).status, method).toBe(404);
    }
    const again = await everything(world.a.owner.token);
    expect(again.find((r) => r.id === record?.id)).toEqual(record);
  });
});
