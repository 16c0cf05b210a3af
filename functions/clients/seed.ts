import type { SeededFirm } from '../demo.ts';
import { createClient } from './service.ts';

export async function seedClients(firm: SeededFirm): Promise<void> {
  for (const client of firm.definition.clients) {
    const created = await createClient(firm.owner, { clientApprovalRequired: false, monthlyBudgetHours: null, ...client, active: true });
    firm.clientIds.set(client.name, created.id);
  }
}
