import { addDays } from '../core/calendar.ts';
import type { TenantContext } from '../core/context.ts';
import type { WorkItemRef } from '../core/work-items.ts';
import { listBatches } from '../data-entry/service.ts';
import { demoContext } from '../demo-contexts.ts';
import type { SeededFirm } from '../demo.ts';
import { listInvoices } from '../invoices/service.ts';
import { listRuns } from '../payroll/service.ts';
import { listTickets } from '../support/service.ts';
import { createEntry, moveEntries } from './service.ts';

const CATEGORIES = ['bookkeeping', 'payroll', 'data-entry', 'support'];
const NOTES = ['Reconciled the bank feed', 'Keyed supplier invoices', 'Answered the support queue', 'Prepared the payroll run', 'Month-end review'];

/**
 * Six weeks of weekday time for every agent on every client they work, in every state: the oldest
 * three weeks approved (signed off where the client requires it; the billing seed bills them), then a
 * week approved and awaiting the client, a week submitted, and this week open, with one rejection
 * and, where the client signs off, one dispute.
 */
export async function seedTime(firm: SeededFirm): Promise<void> {
  const manager = firm.definition.users.find((user) => user.role === 'manager');
  const approver = manager ? demoContext(firm, manager.email) : firm.owner;
  const today = new Date().toISOString().slice(0, 10);
  for (const [clientName, clientId] of firm.clientIds) {
    const agents = firm.definition.users.filter((user) => user.role === 'agent' && user.clients.includes(clientName));
    const reviewerUser = firm.definition.users.find((user) => user.role === 'client' && user.clients.includes(clientName));
    const reviewer = reviewerUser ? demoContext(firm, reviewerUser.email) : undefined;
    const signsOff = firm.definition.clients.find((client) => client.name === clientName)?.clientApprovalRequired === true;
    const workItems = await workItemsByCategory(firm.owner, clientId);
    for (const [agentIndex, agent] of agents.entries()) {
      const ctx = demoContext(firm, agent.email);
      const byAge = new Map<'billable' | 'awaiting' | 'submitted' | 'open', string[]>();
      for (let daysAgo = 42; daysAgo >= 1; daysAgo--) {
        const date = addDays(today, -daysAgo);
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        // Agents working several clients split the day: each client gets its own five-hour block.
        const offset = 8 + agent.clients.indexOf(clientName) * 5;
        const spans: Array<[number, number]> = [
          [offset, 90 + ((daysAgo * 7 + agentIndex * 13) % 60)],
          [offset + 3, 45 + ((daysAgo * 11) % 45)],
        ];
        for (const [index, [hour, minutes]] of spans.entries()) {
          const startedAt = `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
          const category = CATEGORIES[(daysAgo + index + agentIndex) % CATEGORIES.length] as string;
          // Each day's first block is on a work item of its kind, so a billed line leads to the work.
          const items = workItems[category] ?? [];
          const workItem = index === 0 && items.length ? items[daysAgo % items.length] : undefined;
          const entry = await createEntry(ctx, {
            clientId,
            startedAt,
            endedAt: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
            billable: (daysAgo + index) % 9 !== 0,
            category,
            note: NOTES[(daysAgo + index) % NOTES.length] as string,
            ...(workItem ? { workItem } : {}),
          });
          const stage = daysAgo > 21 ? 'billable' : daysAgo > 14 ? 'awaiting' : daysAgo > 7 ? 'submitted' : 'open';
          byAge.set(stage, [...(byAge.get(stage) ?? []), entry.id]);
        }
      }
      const approve = async (ids: string[]) => {
        for (let i = 0; i < ids.length; i += 40) {
          await moveEntries(ctx, 'submit', ids.slice(i, i + 40));
          await moveEntries(approver, 'approve', ids.slice(i, i + 40));
        }
      };
      const billable = byAge.get('billable') ?? [];
      const awaiting = byAge.get('awaiting') ?? [];
      const submitted = byAge.get('submitted') ?? [];
      await approve([...billable, ...awaiting]);
      if (signsOff && reviewer) await signOff(reviewer, billable);
      if (signsOff && reviewer && awaiting[0]) await moveEntries(reviewer, 'dispute', [awaiting[0]], 'This was not requested by us');
      for (let i = 0; i < submitted.length; i += 40) await moveEntries(ctx, 'submit', submitted.slice(i, i + 40));
      if (submitted[0]) await moveEntries(approver, 'reject', [submitted[0]], 'Please add which invoices this covered');
    }
  }
}

async function signOff(reviewer: TenantContext, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 40) await moveEntries(reviewer, 'client-approve', ids.slice(i, i + 40));
}

/** A client's work items by the category of time spent on them: tickets are support, invoices bookkeeping. */
async function workItemsByCategory(ctx: TenantContext, clientId: string): Promise<Record<string, WorkItemRef[]>> {
  const [tickets, invoices, runs, batches] = await Promise.all([
    listTickets(ctx, clientId, { limit: 20 }),
    listInvoices(ctx, clientId, { limit: 20 }),
    listRuns(ctx, clientId, { limit: 20 }),
    listBatches(ctx, clientId, { limit: 20 }),
  ]);
  return {
    support: tickets.items.map((ticket) => ({ type: 'ticket', id: ticket.id })),
    bookkeeping: invoices.items.map((invoice) => ({ type: 'invoice', id: invoice.id })),
    payroll: runs.items.map((run) => ({ type: 'payroll_run', id: run.id })),
    'data-entry': batches.items.map((batch) => ({ type: 'batch', id: batch.id })),
  };
}
