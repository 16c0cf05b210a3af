import { addDays } from '../core/calendar.ts';
import type { SeededFirm } from '../demo.ts';
import { issueBillingInvoice, putRateCard, runBilling } from './service.ts';

/** A rate card per client (from 90 days ago) and one issued billing invoice covering the oldest seeded weeks. */
export async function seedBilling(firm: SeededFirm): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const firstAgent = firm.definition.users.find((user) => user.role === 'agent');
  for (const definition of firm.definition.clients) {
    const clientId = firm.clientIds.get(definition.name) as string;
    const base = definition.currency === 'GBP' ? 3800 : 4500;
    await putRateCard(firm.owner, clientId, {
      effectiveFrom: addDays(today, -90),
      currency: definition.currency,
      defaultRateMinor: base,
      rounding: { incrementMinutes: 6, mode: 'up' },
      agentRates: firstAgent?.clients.includes(definition.name) ? [{ userId: firm.userIds.get(firstAgent.email) as string, rateMinor: base + 1000 }] : [],
      categoryRates: [{ category: 'payroll', rateMinor: base + 500 }],
      visibleToAgents: false,
    });
    const invoice = await runBilling(firm.owner, clientId, { periodStart: addDays(today, -45), periodEnd: addDays(today, -22) });
    await issueBillingInvoice(firm.owner, clientId, invoice.id);
  }
}
