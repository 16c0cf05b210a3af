import { demoActors, type SeededFirm } from '../demo.ts';
import type { SeededWorkItem } from '../invoices/seed.ts';
import { addComment } from './service.ts';

const CONVERSATIONS: Record<string, Array<['agent' | 'reviewer', string]>> = {
  'invoice:awaiting approval': [
    ['agent', 'Ready for your approval. Quantities match the appointment log for the period.'],
    ['reviewer', 'Thanks. Checking the second line against our records and will approve today.'],
  ],
  'invoice:rejected': [
    ['reviewer', 'Rejected: see the reason. The rest looks fine.'],
    ['agent', 'Understood. I will split it and resubmit both.'],
  ],
  'payroll_run:awaiting approval': [
    ['agent', 'Hours are from the timesheets you sent on Friday. Deductions are the amounts set up for each employee.'],
    ['reviewer', 'One overtime shift may be missing; confirming with the team lead before I approve.'],
  ],
};

/** A short conversation between the agent and the client's reviewer on each item the earlier steps handed over. */
export async function seedActivity(firm: SeededFirm, items: SeededWorkItem[]): Promise<void> {
  for (const item of items) {
    const actors = demoActors(firm, item.clientName);
    for (const [who, body] of CONVERSATIONS[`${item.ref.type}:${item.state}`] ?? []) {
      await addComment(actors[who], item.clientId, { on: item.ref, body });
    }
  }
}
