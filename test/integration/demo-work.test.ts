import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedActivity } from '../../functions/activity/seed.ts';
import { seedClients } from '../../functions/clients/seed.ts';
import { signup } from '../../functions/control-plane/service.ts';
import { DEMO_FIRMS, DEMO_PASSWORD, type DemoFirm, type SeededFirm } from '../../functions/demo.ts';
import { seedInvoices } from '../../functions/invoices/seed.ts';
import { seedMembers } from '../../functions/members/seed.ts';
import { seedPayroll } from '../../functions/payroll/seed.ts';
import { api } from '../support/api.ts';
import { login } from '../support/world.ts';

/**
 * The invoice, payroll and comment steps of the demo seed, run for copies of the demo firms whose
 * emails are made unique (sign-ins are global, and the test store is shared), then read back through
 * the API as the demo users would.
 */
const suffix = randomBytes(4).toString('hex');
const unique = (email: string) => email.replace('@', `+${suffix}@`);
const firms: SeededFirm[] = [];

beforeAll(async () => {
  for (const demo of DEMO_FIRMS) {
    const definition: DemoFirm = {
      ...demo,
      owner: { ...demo.owner, email: unique(demo.owner.email) },
      users: demo.users.map((user) => ({ ...user, email: unique(user.email) })),
    };
    const { user, tenant } = await signup({ firmName: definition.name, name: definition.owner.name, email: definition.owner.email, password: DEMO_PASSWORD });
    const firm: SeededFirm = {
      definition,
      owner: { tenantId: tenant.id, userId: user.id, email: user.email, role: 'owner', assignedClientIds: new Set() },
      clientIds: new Map(),
      userIds: new Map([[user.email, user.id]]),
    };
    await seedClients(firm);
    await seedMembers(firm);
    await seedActivity(firm, [...(await seedInvoices(firm)), ...(await seedPayroll(firm))]);
    firms.push(firm);
  }
}, 120_000);

const reviewerOf = (firm: SeededFirm, clientName: string) => {
  const user = firm.definition.users.find((u) => u.role === 'client' && u.clients.includes(clientName));
  if (!user) throw new Error(`no reviewer for ${clientName}`);
  return user.email;
};

describe('demo data for invoices, payroll and comments', () => {
  it('every demo client has invoices in every state, one awaiting approval, and remembered customers', async () => {
    for (const firm of firms) {
      for (const [clientName, clientId] of firm.clientIds) {
        const token = await login(reviewerOf(firm, clientName), DEMO_PASSWORD);
        const invoices = (await api('GET', `/api/clients/${clientId}/invoices?limit=100`, { token })).body.items;
        const states = invoices.map((i: { status: string }) => i.status);
        for (const state of ['draft', 'pending_approval', 'approved', 'sent', 'paid', 'void']) expect(states, `${clientName} ${state}`).toContain(state);
        expect(states.filter((s: string) => s === 'pending_approval'), clientName).toHaveLength(1);
        expect(invoices.some((i: { rejectionReason?: string; status: string }) => i.status === 'draft' && i.rejectionReason)).toBe(true);
        const partlyPaid = invoices.find((i: { status: string; amountPaidMinor: number }) => i.status === 'sent' && i.amountPaidMinor > 0);
        expect(partlyPaid, clientName).toBeDefined();
        expect(new Set(invoices.map((i: { number: string }) => i.number)).size).toBe(invoices.length);
        const customers = (await api('GET', `/api/clients/${clientId}/customers`, { token })).body.items;
        expect(customers.length, clientName).toBe(3);
      }
    }
  });

  it('every demo client has three employees, a payroll run awaiting approval and a paid one, with comments', async () => {
    for (const firm of firms) {
      for (const [clientName, clientId] of firm.clientIds) {
        const token = await login(reviewerOf(firm, clientName), DEMO_PASSWORD);
        const employees = (await api('GET', `/api/clients/${clientId}/employees`, { token })).body.items;
        expect(employees, clientName).toHaveLength(3);
        expect(new Set(employees.map((e: { payType: string }) => e.payType))).toEqual(new Set(['hourly', 'salaried']));
        const runs = (await api('GET', `/api/clients/${clientId}/payroll-runs`, { token })).body.items;
        expect(runs.map((r: { status: string }) => r.status).sort(), clientName).toEqual(['paid', 'pending_approval']);
        for (const run of runs) {
          expect(run.lines).toHaveLength(3);
          expect(run.netMinor).toBeGreaterThan(0);
        }
        const pendingRun = runs.find((r: { status: string }) => r.status === 'pending_approval');
        const runComments = (await api('GET', `/api/clients/${clientId}/comments?on=payroll_run:${pendingRun.id}`, { token })).body.items;
        expect(runComments.map((c: { author: { role: string } }) => c.author.role)).toEqual(['agent', 'client']);

        const invoices = (await api('GET', `/api/clients/${clientId}/invoices?status=pending_approval`, { token })).body.items;
        const invoiceComments = (await api('GET', `/api/clients/${clientId}/comments?on=invoice:${invoices[0].id}`, { token })).body.items;
        expect(invoiceComments.length, clientName).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("the client's reviewer can approve the demo invoice and payroll run awaiting them", async () => {
    const firm = firms[0] as SeededFirm;
    const [clientName, clientId] = [...firm.clientIds][0] as [string, string];
    const token = await login(reviewerOf(firm, clientName), DEMO_PASSWORD);
    const [invoice] = (await api('GET', `/api/clients/${clientId}/invoices?status=pending_approval`, { token })).body.items;
    expect((await api('POST', `/api/clients/${clientId}/invoices/${invoice.id}/approve`, { token })).body.status).toBe('approved');
    const [run] = (await api('GET', `/api/clients/${clientId}/payroll-runs?status=pending_approval`, { token })).body.items;
    expect((await api('POST', `/api/clients/${clientId}/payroll-runs/${run.id}/approve`, { token })).body.status).toBe('approved');
    const audit = (await api('GET', '/api/audit?limit=5', { token })).body.items;
    expect(audit[0]).toMatchObject({ action: 'payroll_run.approve', entityId: run.id });
  });
});
