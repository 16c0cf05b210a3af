import type { TenantContext } from '../core/context.ts';
import type { WorkItemRef } from '../core/work-items.ts';
import { demoActors, demoDate, type SeededFirm } from '../demo.ts';
import type { CreateInvoiceInput } from './schemas.ts';
import { createInvoice, type InvoiceAction, moveInvoice } from './service.ts';

/** Work items the seed hands to later steps (comments), per client. */
export interface SeededWorkItem {
  clientId: string;
  clientName: string;
  ref: WorkItemRef;
  /** What the item is waiting for, for the demo conversation. */
  state: string;
}

type Line = CreateInvoiceInput['lines'][number];

/** Each demo client's own customers and what it sells to them. */
const CATALOGUE: Record<string, { customers: Array<{ name: string; email?: string }>; lines: Line[] }> = {
  'Acme Dental': {
    customers: [
      { name: 'Delta Dental Insurance', email: 'claims@deltadental.test' },
      { name: 'Lakeside Family Practice', email: 'accounts@lakeside.test' },
      { name: 'Jordan Ellis' },
    ],
    lines: [
      { description: 'Routine cleaning and exam', quantity: 1, unitPriceMinor: 14500, taxRateBps: 0 },
      { description: 'Composite filling, two surfaces', quantity: 2, unitPriceMinor: 18750, taxRateBps: 0 },
      { description: 'Full-mouth X-ray series', quantity: 1, unitPriceMinor: 12000, taxRateBps: 0 },
      { description: 'Whitening kit', quantity: 1, unitPriceMinor: 8999, taxRateBps: 825 },
    ],
  },
  'Brightside Realty': {
    customers: [
      { name: 'Maple Court HOA', email: 'treasurer@maplecourt.test' },
      { name: 'Greenway Properties LLC', email: 'ap@greenway.test' },
      { name: 'Sara Whitman', email: 'sara.whitman@example.test' },
    ],
    lines: [
      { description: 'Property management fee (monthly)', quantity: 1, unitPriceMinor: 125000, taxRateBps: 0 },
      { description: 'Leasing commission, Unit 4B', quantity: 1, unitPriceMinor: 210000, taxRateBps: 0 },
      { description: 'Maintenance coordination, hours', quantity: 3.5, unitPriceMinor: 6500, taxRateBps: 725 },
      { description: 'Listing photography', quantity: 1, unitPriceMinor: 35000, taxRateBps: 725 },
    ],
  },
  'Harbor Foods': {
    customers: [
      { name: 'The Anchor Pub', email: 'orders@anchorpub.test' },
      { name: 'Coastline Catering Ltd', email: 'finance@coastline.test' },
      { name: 'Portside Deli' },
    ],
    lines: [
      { description: 'Smoked salmon, kg', quantity: 12.5, unitPriceMinor: 2450, taxRateBps: 0 },
      { description: 'Sourdough loaves', quantity: 40, unitPriceMinor: 325, taxRateBps: 0 },
      { description: 'Chilled delivery', quantity: 1, unitPriceMinor: 1800, taxRateBps: 2000 },
      { description: 'Branded hampers', quantity: 6, unitPriceMinor: 4500, taxRateBps: 2000 },
    ],
  },
};

const FALLBACK = CATALOGUE['Acme Dental'] as (typeof CATALOGUE)[string];

/**
 * Invoices in every state for each client, made through the service by the roles that may make each
 * move: paid, sent and part-paid, approved, one awaiting the client's approval, a draft the client
 * rejected, a fresh draft and a void one. Their customers are remembered along the way.
 */
export async function seedInvoices(firm: SeededFirm): Promise<SeededWorkItem[]> {
  const handed: SeededWorkItem[] = [];
  for (const [clientName, clientId] of firm.clientIds) {
    const { owner, agent, reviewer } = demoActors(firm, clientName);
    const { customers, lines } = CATALOGUE[clientName] ?? FALLBACK;
    const customer = (index: number) => customers[index % customers.length] as { name: string; email?: string };
    const pick = (...indexes: number[]) => indexes.map((index) => lines[index % lines.length] as Line);

    const invoice = async (input: { customer: number; issued: number; lines: Line[]; notes?: string }, moves: Array<[InvoiceAction, TenantContext, object?]>) => {
      let current = await createInvoice(agent, clientId, {
        customer: customer(input.customer),
        issueDate: demoDate(input.issued),
        dueDate: demoDate(input.issued + 30),
        lines: input.lines,
        ...(input.notes ? { notes: input.notes } : {}),
      });
      for (const [action, actor, extra] of moves) {
        current = await moveInvoice(actor, clientId, current.id, action, { ...(extra ?? {}) });
      }
      return current;
    };

    const paid = await invoice({ customer: 0, issued: -62, lines: pick(0, 1) }, [
      ['submit', agent],
      ['approve', reviewer],
      ['send', agent],
    ]);
    await moveInvoice(owner, clientId, paid.id, 'record-payment', { amountMinor: paid.totalMinor });

    const partlyPaid = await invoice({ customer: 1, issued: -26, lines: pick(0, 2, 3), notes: 'Payment terms: net 30.' }, [
      ['submit', agent],
      ['approve', reviewer],
      ['send', agent],
    ]);
    await moveInvoice(agent, clientId, partlyPaid.id, 'record-payment', { amountMinor: Math.floor(partlyPaid.totalMinor / 2) });

    await invoice({ customer: 2, issued: -12, lines: pick(1, 3) }, [
      ['submit', agent],
      ['approve', reviewer],
    ]);
    const awaiting = await invoice({ customer: 0, issued: -3, lines: pick(0, 1, 2) }, [['submit', agent]]);
    handed.push({ clientId, clientName, ref: { type: 'invoice', id: awaiting.id }, state: 'awaiting approval' });

    const rejected = await invoice({ customer: 1, issued: -6, lines: pick(2, 3) }, [
      ['submit', agent],
      ['reject', reviewer, { reason: 'Please put the last item on its own invoice; it goes to a different cost centre.' }],
    ]);
    handed.push({ clientId, clientName, ref: { type: 'invoice', id: rejected.id }, state: 'rejected' });

    await invoice({ customer: 2, issued: 0, lines: pick(3) }, []);
    await invoice({ customer: 0, issued: -40, lines: pick(0), notes: 'Raised twice by mistake.' }, [['void', agent]]);
  }
  return handed;
}
