import { api, type ApiResponse } from './api.ts';
import { at } from './time.ts';
import { buildWorld, type World } from './world.ts';

/**
 * Factories that create each kind of resource in tenant A's client C1 through the public API, and
 * bring work items to a given state, each move made by a role allowed to make it. The generated
 * suites use them to have a real resource behind every route that takes an id.
 */
export type Ids = Record<string, string>;

export function ok<T = any>(what: string, response: ApiResponse<T>, status?: number): T {
  const good = status === undefined ? response.status >= 200 && response.status < 300 : response.status === status;
  if (!good) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export const SLA = {
  firstResponseMinutes: { urgent: 30, high: 60, normal: 240, low: 480 },
  resolutionMinutes: { urgent: 240, high: 480, normal: 1440, low: 2880 },
};

export const BATCH_FIELDS = [{ name: 'vendor', type: 'string', required: true }];

export const invoiceBody = (label = 'Globex') => ({
  customer: { name: `${label} Corporation`, email: 'ap@globex.test' },
  issueDate: '2026-11-02',
  dueDate: '2026-12-02',
  lines: [{ description: 'Monthly bookkeeping', quantity: 1.5, unitPriceMinor: 12000, taxRateBps: 2000 }],
});

export const dayAgo = (daysAgo: number) => at(daysAgo, 0).slice(0, 10);

export type InvoiceState = 'draft' | 'pending_approval' | 'approved' | 'sent' | 'paid';
export type RunState = 'draft' | 'pending_approval' | 'approved' | 'paid';
export type BatchState = 'open' | 'in_review' | 'pending_approval';
export type EntryState = 'open' | 'submitted' | 'approved' | 'disputed';
export type BillingState = 'draft' | 'issued';

export class Fixtures {
  /** Each entry gets its own hour; time tracking refuses overlaps for one person. */
  private slot = 0;
  /** Billing runs bill every approved entry of a period, so each billing fixture gets a day of its own. */
  private billingDay = 120;
  private sequence = 0;

  private constructor(readonly world: World) {}

  /**
   * The world of test/support/world.ts, with C1 asking its reviewer to sign off approved time (so the
   * reviewer's time moves exist), a rate card on C1 and an employee, so every module has what it needs.
   */
  static async create(): Promise<Fixtures> {
    const world = await buildWorld();
    const fixtures = new Fixtures(world);
    const { owner, c1 } = world.a;
    ok('approval', await api('PATCH', `/api/clients/${c1}`, { token: owner.token, body: { version: 1, clientApprovalRequired: true } }));
    ok(
      'rates',
      await api('PUT', `/api/clients/${c1}/rates`, { token: owner.token, body: { effectiveFrom: dayAgo(400), currency: 'USD', defaultRateMinor: 6000 } }),
    );
    await fixtures.employee();
    return fixtures;
  }

  get a() {
    return this.world.a;
  }

  unique(label: string): string {
    this.sequence += 1;
    return `${label} ${this.sequence}`;
  }

  private c1(path = ''): string {
    return `/api/clients/${this.a.c1}${path}`;
  }

  async read(path: string): Promise<any> {
    return ok(`read ${path}`, await api('GET', path, { token: this.a.owner.token }), 200);
  }

  // Invoices --------------------------------------------------------------------------------------

  async invoice(state: InvoiceState = 'draft'): Promise<Ids & { invoiceId: string }> {
    const { agent, reviewer, manager } = this.a;
    const created = ok('invoice', await api('POST', this.c1('/invoices'), { token: agent.token, body: invoiceBody(this.unique('Customer')) }), 201);
    const path = this.c1(`/invoices/${created.id}`);
    const steps: Array<[string, string, unknown?]> = [];
    if (state !== 'draft') steps.push(['submit', agent.token]);
    if (['approved', 'sent', 'paid'].includes(state)) steps.push(['approve', reviewer.token]);
    if (['sent', 'paid'].includes(state)) steps.push(['send', agent.token]);
    if (state === 'paid') steps.push(['record-payment', manager.token, { amountMinor: created.totalMinor }]);
    for (const [action, token, body] of steps) ok(`invoice ${action}`, await api('POST', `${path}/${action}`, { token, body: body ?? {} }), 200);
    return { clientId: this.a.c1, invoiceId: created.id };
  }

  // Payroll ---------------------------------------------------------------------------------------

  async employee(): Promise<Ids & { employeeId: string }> {
    const created = ok(
      'employee',
      await api('POST', this.c1('/employees'), {
        token: this.a.agent.token,
        body: { name: this.unique('Employee'), payType: 'hourly', rateMinor: 2000, deductions: [{ name: 'Pension', percentBps: 500 }] },
      }),
      201,
    );
    return { clientId: this.a.c1, employeeId: created.id };
  }

  async run(state: RunState = 'draft'): Promise<Ids & { runId: string }> {
    const { agent, reviewer, manager } = this.a;
    const created = ok(
      'payroll run',
      await api('POST', this.c1('/payroll-runs'), {
        token: agent.token,
        body: { periodStart: '2026-11-01', periodEnd: '2026-11-15', payDate: '2026-11-20' },
      }),
      201,
    );
    const path = this.c1(`/payroll-runs/${created.id}`);
    const steps: Array<[string, string]> = [];
    if (state !== 'draft') steps.push(['submit', agent.token]);
    if (state === 'approved' || state === 'paid') steps.push(['approve', reviewer.token]);
    if (state === 'paid') steps.push(['mark-paid', manager.token]);
    for (const [action, token] of steps) ok(`run ${action}`, await api('POST', `${path}/${action}`, { token, body: {} }), 200);
    return { clientId: this.a.c1, runId: created.id };
  }

  // Data entry ------------------------------------------------------------------------------------

  async batch(state: BatchState = 'open'): Promise<Ids & { batchId: string }> {
    const { agent, manager } = this.a;
    const created = ok('batch', await api('POST', this.c1('/batches'), { token: agent.token, body: { name: this.unique('Batch'), fields: BATCH_FIELDS } }), 201);
    const ids = { clientId: this.a.c1, batchId: created.id };
    if (state !== 'open') {
      await this.record(ids);
      ok('batch submit', await api('POST', this.c1(`/batches/${created.id}/submit`), { token: agent.token }), 200);
    }
    if (state === 'pending_approval') ok('batch pass on', await api('POST', this.c1(`/batches/${created.id}/submit`), { token: manager.token }), 200);
    return ids;
  }

  async record(batch?: Ids): Promise<Ids & { batchId: string; recordId: string }> {
    const ids = batch ?? (await this.batch());
    const created = ok(
      'record',
      await api('POST', this.c1(`/batches/${ids.batchId}/records`), { token: this.a.agent.token, body: { values: { vendor: this.unique('Vendor') } } }),
      201,
    );
    return { clientId: this.a.c1, batchId: ids.batchId as string, recordId: created.id };
  }

  // Documents -------------------------------------------------------------------------------------

  async document(): Promise<Ids & { documentId: string }> {
    const created = ok(
      'document',
      await api('POST', this.c1('/documents'), {
        token: this.a.agent.token,
        body: { fileName: `${this.unique('scan')}.pdf`, contentType: 'application/pdf', sizeBytes: 1024 },
      }),
      201,
    );
    return { clientId: this.a.c1, documentId: created.document.id };
  }

  // Support ---------------------------------------------------------------------------------------

  async queue(): Promise<Ids & { queueId: string }> {
    const created = ok('queue', await api('POST', this.c1('/queues'), { token: this.a.manager.token, body: { name: this.unique('Queue'), sla: SLA } }), 201);
    return { clientId: this.a.c1, queueId: created.id };
  }

  private queueId?: string;

  async ticket(): Promise<Ids & { ticketId: string }> {
    this.queueId ??= (await this.queue()).queueId;
    const created = ok(
      'ticket',
      await api('POST', this.c1('/tickets'), {
        token: this.a.agent.token,
        body: {
          queueId: this.queueId,
          subject: this.unique('Printer on fire'),
          requester: { name: 'Ria Patel', email: 'ria@customer.test' },
          priority: 'high',
          body: 'It is smoking.',
        },
      }),
      201,
    );
    return { clientId: this.a.c1, ticketId: created.id };
  }

  // Time ------------------------------------------------------------------------------------------

  /** A fresh hour in the past for the agent: days 10–90 ago, never overlapping another fixture's. */
  nextSpan(): { startedAt: string; endedAt: string } {
    const slot = this.slot++;
    const startedAt = at(10 + Math.floor(slot / 10), 8 + (slot % 10));
    return { startedAt, endedAt: new Date(Date.parse(startedAt) + 30 * 60_000).toISOString() };
  }

  async entry(state: EntryState = 'open', span = this.nextSpan()): Promise<Ids & { entryId: string }> {
    const { agent, manager, reviewer } = this.a;
    const created = ok('time entry', await api('POST', '/api/time-entries', { token: agent.token, body: { clientId: this.a.c1, ...span } }), 201);
    const ids = [created.id];
    const steps: Array<[string, string, Record<string, unknown>?]> = [];
    if (state !== 'open') steps.push(['submit', agent.token]);
    if (state === 'approved' || state === 'disputed') steps.push(['approve', manager.token]);
    if (state === 'disputed') steps.push(['dispute', reviewer.token, { reason: 'Not ours' }]);
    for (const [action, token, extra] of steps) ok(`entry ${action}`, await api('POST', `/api/time-entries/${action}`, { token, body: { ids, ...extra } }), 200);
    return { entryId: created.id };
  }

  /** A billing invoice of approved, signed-off hours (one by default) on a day of its own. */
  async billingInvoice(state: BillingState = 'draft', hours = 1): Promise<Ids & { billingInvoiceId: string }> {
    const created = ok(
      'billing run',
      await api('POST', this.c1('/billing-invoices'), { token: this.a.manager.token, body: await this.billableDay(hours) }),
      201,
    );
    if (state === 'issued') ok('issue', await api('POST', this.c1(`/billing-invoices/${created.id}/issue`), { token: this.a.owner.token }), 200);
    return { clientId: this.a.c1, billingInvoiceId: created.id };
  }

  /** Approved, signed-off hours on a fresh day, for a billing run to bill; returns the run's body. */
  async billableDay(hours = 1): Promise<{ periodStart: string; periodEnd: string }> {
    const daysAgo = this.billingDay++;
    const ids: string[] = [];
    for (let hour = 0; hour < hours; hour++) {
      ids.push((await this.entry('approved', { startedAt: at(daysAgo, 12 + hour), endedAt: at(daysAgo, 13 + hour) })).entryId);
    }
    ok('client sign-off', await api('POST', '/api/time-entries/client-approve', { token: this.a.reviewer.token, body: { ids } }), 200);
    const day = at(daysAgo, 12).slice(0, 10);
    return { periodStart: day, periodEnd: day };
  }
}
