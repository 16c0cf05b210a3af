import { beforeAll, describe, expect, it } from 'vitest';
import { api, apiBytes, expectError } from '../support/api.ts';
import { pdfText } from '../support/pdf.ts';
import { buildWorld, createClient, outsidersOfC1, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const invoicesOf = (clientId: string) => `/api/clients/${clientId}/invoices`;
const invoicePath = (clientId: string, invoiceId: string) => `/api/clients/${clientId}/invoices/${invoiceId}`;

const invoiceInput = (overrides: Record<string, unknown> = {}) => ({
  customer: { name: 'Globex Corporation', email: 'ap@globex.test' },
  issueDate: '2026-11-02',
  dueDate: '2026-12-02',
  lines: [{ description: 'Monthly bookkeeping', quantity: 1.5, unitPriceMinor: 12000, taxRateBps: 2000 }],
  ...overrides,
});

async function createInvoice(token: string, clientId: string, body: unknown = invoiceInput()) {
  const response = await api('POST', invoicesOf(clientId), { token, body });
  if (response.status !== 201) throw new Error(`create invoice: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function move(token: string, clientId: string, invoiceId: string, action: string, body: unknown = {}) {
  return api('POST', `${invoicePath(clientId, invoiceId)}/${action}`, { token, body });
}

async function read(clientId: string, invoiceId: string) {
  return (await api('GET', invoicePath(clientId, invoiceId), { token: world.a.owner.token })).body;
}

type State = 'draft' | 'pending_approval' | 'approved' | 'sent' | 'paid' | 'void';

/** A fresh C1 invoice brought to a state through the API, each move by a role allowed to make it. */
async function invoiceIn(state: State, body: unknown = invoiceInput()) {
  const { c1, agent, reviewer, manager } = world.a;
  const invoice = await createInvoice(agent.token, c1, body);
  const steps: Array<[string, string, unknown?]> = [];
  if (state === 'void') steps.push(['void', manager.token]);
  if (['pending_approval', 'approved', 'sent', 'paid'].includes(state)) steps.push(['submit', agent.token]);
  if (['approved', 'sent', 'paid'].includes(state)) steps.push(['approve', reviewer.token]);
  if (['sent', 'paid'].includes(state)) steps.push(['send', agent.token]);
  if (state === 'paid') steps.push(['record-payment', manager.token, { amountMinor: invoice.totalMinor }]);
  for (const [action, token, actionBody] of steps) {
    const response = await move(token, c1, invoice.id, action, actionBody ?? {});
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const current = await read(c1, invoice.id);
  expect(current.status).toBe(state);
  return current;
}

describe('invoice arithmetic', () => {
  it('computes each line and the totals on the server with awkward numbers', async () => {
    const invoice = await createInvoice(
      world.a.agent.token,
      world.a.c1,
      invoiceInput({
        lines: [
          { description: 'Fractional quantity', quantity: 1.005, unitPriceMinor: 1000, taxRateBps: 2000 },
          { description: 'Half a cent at 100 %', quantity: 0.5, unitPriceMinor: 1, taxRateBps: 10_000 },
          { description: 'Tax free', quantity: 3, unitPriceMinor: 333, taxRateBps: 0 },
          { description: 'Odd rate', quantity: 0.333, unitPriceMinor: 1000, taxRateBps: 825 },
          { description: 'Free item', quantity: 2, unitPriceMinor: 0, taxRateBps: 2000 },
        ],
      }),
    );
    expect(invoice.lines.map((l: { amountMinor: number; taxMinor: number }) => [l.amountMinor, l.taxMinor])).toEqual([
      [1005, 201], // 1.005 × 1000 = 1005; 20 % = 201
      [1, 1], // 0.5 × 1 = 0.5 → 1; 100 % = 1
      [999, 0],
      [333, 27], // 0.333 × 1000 = 333; 8.25 % = 27.4725 → 27
      [0, 0],
    ]);
    expect(invoice).toMatchObject({ subtotalMinor: 2338, taxMinor: 229, totalMinor: 2567, amountPaidMinor: 0, currency: 'USD', status: 'draft' });
  });

  it('ignores totals sent by the caller', async () => {
    const invoice = await createInvoice(
      world.a.agent.token,
      world.a.c1,
      invoiceInput({
        subtotalMinor: 1,
        taxMinor: 1,
        totalMinor: 1,
        lines: [{ description: 'x', quantity: 2, unitPriceMinor: 250, taxRateBps: 1000, amountMinor: 1, taxMinor: 1 }],
      }),
    );
    expect(invoice).toMatchObject({ subtotalMinor: 500, taxMinor: 50, totalMinor: 550 });
    expect(invoice.lines[0]).toMatchObject({ amountMinor: 500, taxMinor: 50 });
  });

  it("takes the client's currency unless one is given", async () => {
    const euro = await createInvoice(world.a.agent.token, world.a.c1, invoiceInput({ currency: 'EUR' }));
    expect(euro.currency).toBe('EUR');
  });
});

describe('invoice numbers', () => {
  it('number each client from INV-0001 in sequence, separately per client', async () => {
    const [x, y] = await Promise.all([createClient(world.a.owner.token, 'Numbered X'), createClient(world.a.owner.token, 'Numbered Y')]);
    const first = await createInvoice(world.a.owner.token, x.id);
    const second = await createInvoice(world.a.owner.token, x.id);
    const other = await createInvoice(world.a.owner.token, y.id);
    expect([first.number, second.number, other.number]).toEqual(['INV-0001', 'INV-0002', 'INV-0001']);
  });

  it('ten invoices created at once get ten distinct numbers and one remembered customer', async () => {
    const client = await createClient(world.a.owner.token, 'Raced Numbers');
    const body = invoiceInput({ customer: { name: 'Race Customer Ltd' } });
    const responses = await Promise.all(Array.from({ length: 10 }, () => api('POST', invoicesOf(client.id), { token: world.a.owner.token, body })));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const numbers = responses.map((r) => r.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `INV-${String(i + 1).padStart(4, '0')}`));
    expect(new Set(responses.map((r) => r.body.customer.id)).size).toBe(1);
    const customers = await api('GET', `/api/clients/${client.id}/customers`, { token: world.a.owner.token });
    expect(customers.body.items).toHaveLength(1);
  });

  it('a number is never reused, not after a void nor after refused input', async () => {
    const client = await createClient(world.a.owner.token, 'Never Reused');
    const first = await createInvoice(world.a.owner.token, client.id);
    expect((await move(world.a.owner.token, client.id, first.id, 'void')).status).toBe(200);
    expectError(await api('POST', invoicesOf(client.id), { token: world.a.owner.token, body: invoiceInput({ lines: [] }) }), 400);
    const next = await createInvoice(world.a.owner.token, client.id);
    expect(next.number).toBe('INV-0002');
  });
});

describe('invoice lifecycle', () => {
  it('goes draft → pending_approval → approved → sent → paid, with partial payments adding up', async () => {
    const { c1, agent, reviewer, manager, owner } = world.a;
    const invoice = await createInvoice(agent.token, c1); // 1.5 × 120.00 = 180.00 + 20 % = 216.00
    expect(invoice.totalMinor).toBe(21600);
    const submitted = await move(agent.token, c1, invoice.id, 'submit');
    expect(submitted.body).toMatchObject({ status: 'pending_approval', version: 2 });
    expect(submitted.body.submittedAt).toBeTruthy();
    const approved = await move(reviewer.token, c1, invoice.id, 'approve');
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: reviewer.id });
    expect((await move(manager.token, c1, invoice.id, 'send')).body.status).toBe('sent');

    const partial = await move(owner.token, c1, invoice.id, 'record-payment', { amountMinor: 10000 });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ status: 'sent', amountPaidMinor: 10000 });
    const over = await move(owner.token, c1, invoice.id, 'record-payment', { amountMinor: 11601 });
    expectError(over, 400, 'validation_error');
    expect(over.body.error.details[0].field).toBe('amountMinor');
    expect((await read(c1, invoice.id)).amountPaidMinor).toBe(10000);
    const rest = await move(agent.token, c1, invoice.id, 'record-payment', { amountMinor: 11600 });
    expect(rest.body).toMatchObject({ status: 'paid', amountPaidMinor: 21600 });
    expect(rest.body.paidAt).toBeTruthy();
    expectError(await move(owner.token, c1, invoice.id, 'void'), 409, 'invalid_transition');
  });

  it('a reviewer rejects with a reason: back to draft, reason kept, editable again', async () => {
    const { c1, agent, reviewer } = world.a;
    const invoice = await invoiceIn('pending_approval');
    const noReason = await move(reviewer.token, c1, invoice.id, 'reject', {});
    expectError(noReason, 400);
    expect(noReason.body.error.details[0].field).toBe('reason');
    const rejected = await move(reviewer.token, c1, invoice.id, 'reject', { reason: 'Wrong customer address' });
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionReason: 'Wrong customer address' });
    const edited = await api('PATCH', invoicePath(c1, invoice.id), {
      token: agent.token,
      body: { version: rejected.body.version, customer: { name: 'Globex Corporation', email: 'billing@globex.test' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.customer.email).toBe('billing@globex.test');
    expect((await move(agent.token, c1, invoice.id, 'submit')).body.status).toBe('pending_approval');
  });

  const ALLOWED: Record<string, { from: State; roles: string[]; body?: (invoice: { totalMinor: number }) => unknown }> = {
    submit: { from: 'draft', roles: ['owner', 'manager', 'agent'] },
    approve: { from: 'pending_approval', roles: ['reviewer'] },
    reject: { from: 'pending_approval', roles: ['reviewer'], body: () => ({ reason: 'No' }) },
    send: { from: 'approved', roles: ['owner', 'manager', 'agent'] },
    'record-payment': { from: 'sent', roles: ['owner', 'manager', 'agent'], body: (invoice) => ({ amountMinor: invoice.totalMinor }) },
    void: { from: 'sent', roles: ['owner', 'manager', 'agent'] },
  };
  const ROLES = ['owner', 'manager', 'agent', 'reviewer'] as const;
  const tokenOf = (role: (typeof ROLES)[number]) => world.a[role].token;

  for (const [action, rule] of Object.entries(ALLOWED)) {
    it(`${action}: allowed for ${rule.roles.join(', ')}; every other role gets 403 and nothing changes`, async () => {
      for (const role of ROLES) {
        const invoice = await invoiceIn(rule.from);
        const response = await move(tokenOf(role), world.a.c1, invoice.id, action, rule.body?.(invoice) ?? {});
        if (rule.roles.includes(role)) {
          expect(response.status, `${role} ${action}`).toBe(200);
          expect(response.body.version).toBe(invoice.version + 1);
        } else {
          expect(response.status, `${role} ${action}`).toBe(403);
          expectError(response, 403, 'forbidden');
          expect(await read(world.a.c1, invoice.id)).toEqual(invoice);
        }
      }
    });
  }

  it('every move from a state it does not start from answers 409 and changes nothing', async () => {
    const states: State[] = ['draft', 'pending_approval', 'approved', 'sent', 'paid', 'void'];
    const invoices = Object.fromEntries(await Promise.all(states.map(async (state) => [state, await invoiceIn(state)] as const)));
    const from: Record<string, State[]> = {
      submit: ['draft'],
      approve: ['pending_approval'],
      reject: ['pending_approval'],
      send: ['approved'],
      'record-payment': ['sent'],
      void: ['draft', 'pending_approval', 'approved', 'sent'],
    };
    const byRole = (action: string) => (action === 'approve' || action === 'reject' ? world.a.reviewer.token : world.a.manager.token);
    for (const [action, allowedFrom] of Object.entries(from)) {
      for (const state of states.filter((s) => !allowedFrom.includes(s))) {
        const invoice = invoices[state];
        const body = action === 'reject' ? { reason: 'x' } : action === 'record-payment' ? { amountMinor: 1 } : {};
        const response = await move(byRole(action), world.a.c1, invoice.id, action, body);
        expect(response.status, `${action} from ${state}`).toBe(409);
        expectError(response, 409, 'invalid_transition');
      }
    }
    for (const state of states) expect(await read(world.a.c1, invoices[state].id)).toEqual(invoices[state]);
  });

  it('a stale version on a move answers 409 version_conflict', async () => {
    const invoice = await invoiceIn('draft');
    expectError(await move(world.a.agent.token, world.a.c1, invoice.id, 'submit', { version: invoice.version + 5 }), 409, 'version_conflict');
    expect((await read(world.a.c1, invoice.id)).status).toBe('draft');
    expect((await move(world.a.agent.token, world.a.c1, invoice.id, 'submit', { version: invoice.version })).status).toBe(200);
  });

  it('two payments of the whole balance at once: one lands, the other gets 409, and nothing is paid twice', async () => {
    const invoice = await invoiceIn('sent');
    const results = await Promise.all(
      [world.a.agent.token, world.a.manager.token].map((token) =>
        move(token, world.a.c1, invoice.id, 'record-payment', { amountMinor: invoice.totalMinor }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await read(world.a.c1, invoice.id);
    expect(after).toMatchObject({ status: 'paid', amountPaidMinor: invoice.totalMinor, version: invoice.version + 1 });
  });

  it('an approval and a void of the same version racing: exactly one wins', async () => {
    const invoice = await invoiceIn('pending_approval');
    const [approve, voided] = await Promise.all([
      move(world.a.reviewer.token, world.a.c1, invoice.id, 'approve', { version: invoice.version }),
      move(world.a.manager.token, world.a.c1, invoice.id, 'void', { version: invoice.version }),
    ]);
    expect([approve?.status, voided?.status].sort()).toEqual([200, 409]);
    const after = await read(world.a.c1, invoice.id);
    expect(after.status).toBe(approve?.status === 200 ? 'approved' : 'void');
    expect(after.version).toBe(invoice.version + 1);
  });

  it('an action without a body is accepted', async () => {
    const invoice = await invoiceIn('draft');
    const response = await api('POST', `${invoicePath(world.a.c1, invoice.id)}/submit`, { token: world.a.agent.token });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('pending_approval');
  });
});

describe('editing invoices', () => {
  it('edits a draft and computes the totals again', async () => {
    const invoice = await invoiceIn('draft');
    const response = await api('PATCH', invoicePath(world.a.c1, invoice.id), {
      token: world.a.agent.token,
      body: { version: invoice.version, lines: [{ description: 'Payroll support', quantity: 2.25, unitPriceMinor: 4000, taxRateBps: 1000 }], totalMinor: 5 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ subtotalMinor: 9000, taxMinor: 900, totalMinor: 9900, version: invoice.version + 1, number: invoice.number });
  });

  it('only a draft can be edited (409); reviewers may not edit (403)', async () => {
    for (const state of ['pending_approval', 'approved', 'sent', 'paid', 'void'] as const) {
      const invoice = await invoiceIn(state);
      const response = await api('PATCH', invoicePath(world.a.c1, invoice.id), { token: world.a.manager.token, body: { version: invoice.version, notes: 'x' } });
      expectError(response, 409, 'invalid_transition');
      expect(await read(world.a.c1, invoice.id)).toEqual(invoice);
    }
    const draft = await invoiceIn('draft');
    expectError(await api('PATCH', invoicePath(world.a.c1, draft.id), { token: world.a.reviewer.token, body: { version: draft.version, notes: 'x' } }), 403);
  });

  it('a stale version answers 409 and changes nothing', async () => {
    const invoice = await invoiceIn('draft');
    const first = await api('PATCH', invoicePath(world.a.c1, invoice.id), { token: world.a.agent.token, body: { version: invoice.version, notes: 'First' } });
    expect(first.status).toBe(200);
    const stale = await api('PATCH', invoicePath(world.a.c1, invoice.id), { token: world.a.agent.token, body: { version: invoice.version, notes: 'Second' } });
    expectError(stale, 409, 'version_conflict');
    expect((await read(world.a.c1, invoice.id)).notes).toBe('First');
  });

  it('refuses a due date before the issue date, naming the field', async () => {
    const invoice = await invoiceIn('draft');
    const response = await api('PATCH', invoicePath(world.a.c1, invoice.id), { token: world.a.agent.token, body: { version: invoice.version, dueDate: '2026-01-01' } });
    expectError(response, 400);
    expect(response.body.error.details[0].field).toBe('dueDate');
  });
});

describe('invoice input', () => {
  it('bad input answers 400 naming each field and creates nothing', async () => {
    const client = await createClient(world.a.owner.token, 'Bad Input Co');
    const line = { description: 'x', quantity: 1, unitPriceMinor: 100, taxRateBps: 0 };
    const cases: Array<[unknown, string[]]> = [
      [invoiceInput({ lines: [{ ...line, quantity: 1.0005 }] }), ['lines.0.quantity']],
      [invoiceInput({ lines: [{ ...line, quantity: 0 }] }), ['lines.0.quantity']],
      [invoiceInput({ lines: [{ ...line, quantity: -1 }] }), ['lines.0.quantity']],
      [invoiceInput({ lines: [{ ...line, unitPriceMinor: -1 }] }), ['lines.0.unitPriceMinor']],
      [invoiceInput({ lines: [{ ...line, unitPriceMinor: 10.5 }] }), ['lines.0.unitPriceMinor']],
      [invoiceInput({ lines: [{ ...line, taxRateBps: 10_001 }] }), ['lines.0.taxRateBps']],
      [invoiceInput({ lines: [{ ...line, description: '' }] }), ['lines.0.description']],
      [invoiceInput({ lines: [] }), ['lines']],
      [invoiceInput({ issueDate: '2026-02-30' }), ['issueDate']],
      [invoiceInput({ dueDate: '2026-10-01' }), ['dueDate']],
      [invoiceInput({ customer: { name: '' } }), ['customer.name']],
      [invoiceInput({ customer: { name: 'x', email: 'nope' } }), ['customer.email']],
      [invoiceInput({ currency: 'XXY' }), ['currency']],
      [invoiceInput({ status: 'paid' }), ['(body)']],
      [{}, ['customer', 'issueDate', 'dueDate', 'lines']],
    ];
    for (const [body, fields] of cases) {
      const response = await api('POST', invoicesOf(client.id), { token: world.a.owner.token, body });
      expectError(response, 400, 'validation_error');
      expect(response.body.error.details.map((d: { field: string }) => d.field), JSON.stringify(body)).toEqual(expect.arrayContaining(fields));
    }
    const list = await api('GET', invoicesOf(client.id), { token: world.a.owner.token });
    expect(list.body.items).toEqual([]);
    expect((await createInvoice(world.a.owner.token, client.id)).number).toBe('INV-0001');
  });

  it('a reviewer cannot create invoices (403)', async () => {
    expectError(await api('POST', invoicesOf(world.a.c1), { token: world.a.reviewer.token, body: invoiceInput() }), 403);
  });

  it('a client that does not exist answers 404', async () => {
    const missing = '01JBZ8Y7Q2W3E4R5T6Y7V8X9Z0';
    expectError(await api('POST', invoicesOf(missing), { token: world.a.owner.token, body: invoiceInput() }), 404);
    expectError(await api('GET', invoicesOf(missing), { token: world.a.owner.token }), 404);
  });

  it('replays an idempotent create: one invoice, one number', async () => {
    const client = await createClient(world.a.owner.token, 'Idempotent Invoices');
    const headers = { 'idempotency-key': `inv-${Date.now()}` };
    const first = await api('POST', invoicesOf(client.id), { token: world.a.owner.token, body: invoiceInput(), headers });
    const again = await api('POST', invoicesOf(client.id), { token: world.a.owner.token, body: invoiceInput(), headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await api('GET', invoicesOf(client.id), { token: world.a.owner.token })).body.items).toHaveLength(1);
    expect((await createInvoice(world.a.owner.token, client.id)).number).toBe('INV-0002');
  });

  it('replays an idempotent payment instead of paying twice', async () => {
    const invoice = await invoiceIn('sent');
    const headers = { 'idempotency-key': `pay-${Date.now()}` };
    const body = { amountMinor: 100 };
    const first = await api('POST', `${invoicePath(world.a.c1, invoice.id)}/record-payment`, { token: world.a.agent.token, body, headers });
    const again = await api('POST', `${invoicePath(world.a.c1, invoice.id)}/record-payment`, { token: world.a.agent.token, body, headers });
    expect(again.body).toEqual(first.body);
    expect((await read(world.a.c1, invoice.id)).amountPaidMinor).toBe(100);
  });
});

describe('invoice lists and customers', () => {
  it('filters by status, customer and issue date, newest first, and pages', async () => {
    const client = await createClient(world.a.owner.token, 'Filtered');
    const token = world.a.owner.token;
    const a = await createInvoice(token, client.id, invoiceInput({ customer: { name: 'Alpha' }, issueDate: '2026-01-10', dueDate: '2026-02-10' }));
    const b = await createInvoice(token, client.id, invoiceInput({ customer: { name: 'Beta' }, issueDate: '2026-02-10', dueDate: '2026-03-10' }));
    const c = await createInvoice(token, client.id, invoiceInput({ customer: { name: 'alpha' }, issueDate: '2026-03-10', dueDate: '2026-04-10' }));
    await move(token, client.id, b.id, 'submit');
    const ids = async (query: string) => (await api('GET', `${invoicesOf(client.id)}?${query}`, { token })).body.items.map((i: { id: string }) => i.id);
    expect(await ids('')).toEqual([c.id, b.id, a.id]);
    expect(await ids('status=pending_approval')).toEqual([b.id]);
    expect(await ids('status=draft')).toEqual([c.id, a.id]);
    expect(c.customer.id).toBe(a.customer.id); // "alpha" is the remembered "Alpha"
    expect(await ids(`customerId=${a.customer.id}`)).toEqual([c.id, a.id]);
    expect(await ids('from=2026-02-01&to=2026-02-28')).toEqual([b.id]);
    expect(await ids(`from=2026-02-01&customerId=${a.customer.id}`)).toEqual([c.id]);
    expectError(await api('GET', `${invoicesOf(client.id)}?status=lost`, { token }), 400);
    const badCustomer = await api('GET', `${invoicesOf(client.id)}?customerId=nope`, { token });
    expectError(badCustomer, 400);
    expect(badCustomer.body.error.details[0].field).toBe('customerId');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await api(
        'GET',
        `${invoicesOf(client.id)}?status=draft&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token },
      );
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([c.id, a.id]);
  });

  it('remembers customers per client, listed by name with a prefix search', async () => {
    const client = await createClient(world.a.owner.token, 'Customers Co');
    const token = world.a.owner.token;
    await createInvoice(token, client.id, invoiceInput({ customer: { name: 'Zeta Ltd', email: 'z@zeta.test' } }));
    await createInvoice(token, client.id, invoiceInput({ customer: { name: 'Acme Holdings' } }));
    await createInvoice(token, client.id, invoiceInput({ customer: { name: 'ACME   holdings', email: 'ap@acme.test' } }));
    const all = await api('GET', `/api/clients/${client.id}/customers`, { token });
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: { name: string }) => c.name)).toEqual(['Acme Holdings', 'Zeta Ltd']);
    expect(all.body.items[0].email).toBe('ap@acme.test');
    const found = await api('GET', `/api/clients/${client.id}/customers?q=ze`, { token });
    expect(found.body.items.map((c: { name: string }) => c.name)).toEqual(['Zeta Ltd']);
    const mine = await api('GET', `/api/clients/${world.a.c1}/customers`, { token: world.a.reviewer.token });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { name: string }) => c.name)).not.toContain('Zeta Ltd');
  });
});

describe('invoice PDF', () => {
  it('shows the client, customer, lines, tax and totals', async () => {
    const invoice = await createInvoice(
      world.a.agent.token,
      world.a.c1,
      invoiceInput({
        customer: { name: 'Initech LLC', email: 'ap@initech.test' },
        lines: [
          { description: 'TPS report review', quantity: 12.5, unitPriceMinor: 4550, taxRateBps: 825 },
          { description: 'Filing – “urgent” €', quantity: 1, unitPriceMinor: 100000, taxRateBps: 0 },
        ],
      }),
    );
    const response = await apiBytes(`${invoicePath(world.a.c1, invoice.id)}/pdf`, world.a.reviewer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(response.bytes);
    // 12.5 × 45.50 = 568.75; 8.25 % = 46.921875 → 46.92; + 1,000.00
    expect(invoice).toMatchObject({ subtotalMinor: 156875, taxMinor: 4692, totalMinor: 161567 });
    for (const expected of [
      'Client One',
      `INVOICE ${invoice.number}`,
      'Initech LLC',
      'ap@initech.test',
      'TPS report review',
      '12.5',
      '8.25%',
      'USD 568.75',
      'USD 1,000.00',
      'Subtotal',
      'USD 1,568.75',
      'USD 46.92',
      'Total',
      'USD 1,615.67',
      'DRAFT',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('outsiders get 404 for the PDF', async () => {
    const invoice = await invoiceIn('draft');
    for (const [who, token] of outsidersOfC1(world)) {
      expect((await apiBytes(`${invoicePath(world.a.c1, invoice.id)}/pdf`, token)).status, who).toBe(404);
    }
  });
});

describe('invoice isolation', () => {
  it('another tenant, another client’s reviewer and an unassigned agent get 404 on every invoice route, and nothing changes', async () => {
    const invoice = await invoiceIn('pending_approval');
    const { c1 } = world.a;
    for (const [who, token] of outsidersOfC1(world)) {
      const attempts = [
        await api('GET', invoicesOf(c1), { token }),
        await api('POST', invoicesOf(c1), { token, body: invoiceInput() }),
        await api('GET', invoicePath(c1, invoice.id), { token }),
        await api('PATCH', invoicePath(c1, invoice.id), { token, body: { version: invoice.version, notes: 'Hijacked' } }),
        await move(token, c1, invoice.id, 'submit'),
        await move(token, c1, invoice.id, 'approve'),
        await move(token, c1, invoice.id, 'reject', { reason: 'x' }),
        await move(token, c1, invoice.id, 'send'),
        await move(token, c1, invoice.id, 'record-payment', { amountMinor: 1 }),
        await move(token, c1, invoice.id, 'void'),
        await api('GET', `/api/clients/${c1}/customers`, { token }),
      ];
      attempts.forEach((response, index) => {
        expect(response.status, `${who} #${index}`).toBe(404);
        expectError(response, 404, 'not_found');
      });
    }
    expect(await read(c1, invoice.id)).toEqual(invoice);
  });

  it("an invoice id from another client's path answers 404", async () => {
    const invoice = await invoiceIn('draft');
    expectError(await api('GET', invoicePath(world.a.c2, invoice.id), { token: world.a.owner.token }), 404);
    expectError(await api('GET', invoicePath(world.a.c1, 'not-a-ulid'), { token: world.a.owner.token }), 404);
  });
});
