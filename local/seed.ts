import { seedActivity } from '../functions/activity/seed.ts';
import { seedBilling } from '../functions/billing/seed.ts';
import { seedClients } from '../functions/clients/seed.ts';
import { seedFirms } from '../functions/control-plane/seed.ts';
import { seedDataEntry } from '../functions/data-entry/seed.ts';
import { seedInvoices } from '../functions/invoices/seed.ts';
import { seedMembers } from '../functions/members/seed.ts';
import { seedPayroll } from '../functions/payroll/seed.ts';
import { seedSupport } from '../functions/support/seed.ts';
import { seedTime } from '../functions/time/seed.ts';

/**
 * The demo data, module by module, each through its own service. Later modules append their step;
 * each step gets the firm with every id made before it.
 */
export async function seedDemoData(): Promise<void> {
  const firms = await seedFirms();
  for (const firm of firms) {
    await seedClients(firm);
    await seedMembers(firm);
    const awaitingWork = [...(await seedInvoices(firm)), ...(await seedPayroll(firm))];
    await seedActivity(firm, awaitingWork);
    await seedDataEntry(firm);
    await seedSupport(firm);
    await seedTime(firm);
    await seedBilling(firm);
  }
}
