import type { TenantContext } from '../core/context.ts';
import type { SeededFirm } from '../demo.ts';
import { demoAgent } from '../data-entry/seed.ts';
import type { QUEUE_KINDS } from './schemas.ts';
import { addMessage, createQueue, createTicket, updateTicket } from './service.ts';
import type { Priority } from './sla.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const KIND_BY_CLIENT: Record<string, (typeof QUEUE_KINDS)[number]> = {
  'Acme Dental': 'customer_support',
  'Brightside Realty': 'it_support',
  'Harbor Foods': 'compliance',
};

interface DemoTicket {
  subject: string;
  requester: { name: string; email: string };
  priority: Priority;
  body: string;
  openedAgo: number;
  /** Minutes after opening that the firm first replied publicly; none when it has not. */
  repliedAfter?: number;
  note?: string;
  status?: 'pending' | 'solved';
}

const TICKETS: DemoTicket[] = [
  {
    subject: 'Cannot reschedule my appointment online',
    requester: { name: 'Gloria Evans', email: 'gloria.evans@example.test' },
    priority: 'normal',
    body: 'The booking page shows an error when I pick a new date.',
    openedAgo: 20 * MINUTE,
  },
  {
    subject: 'Invoice shows the wrong amount',
    requester: { name: 'Peter Novak', email: 'p.novak@example.test' },
    priority: 'high',
    body: 'I was charged twice for the same visit in October.',
    openedAgo: 2 * HOUR,
    repliedAfter: 25,
    note: 'Duplicate charge confirmed in the ledger; refund needs the client’s approval.',
  },
  {
    subject: 'Need a copy of last year’s statements',
    requester: { name: 'Aisha Bello', email: 'aisha.bello@example.test' },
    priority: 'low',
    body: 'Could you send me all statements for 2025?',
    openedAgo: 26 * HOUR,
    repliedAfter: 90,
    status: 'pending',
    note: 'Waiting for the customer to confirm the mailing address.',
  },
  {
    subject: 'Payment portal is down',
    requester: { name: 'Sam Okoye', email: 'sam.okoye@example.test' },
    priority: 'urgent',
    body: 'Nobody can pay online since this morning.',
    openedAgo: 3 * 24 * HOUR,
  },
  {
    subject: 'Address change not saved',
    requester: { name: 'Lena Fischer', email: 'lena.fischer@example.test' },
    priority: 'high',
    body: 'I updated my address twice and it went back to the old one.',
    openedAgo: 2 * 24 * HOUR,
    repliedAfter: 200,
    note: 'Replied late: the queue was unstaffed that afternoon.',
  },
  {
    subject: 'Thank-you note and a receipt request',
    requester: { name: 'Omar Haddad', email: 'omar.haddad@example.test' },
    priority: 'normal',
    body: 'Great service last week. Could I get a receipt for my records?',
    openedAgo: 4 * 24 * HOUR,
    repliedAfter: 45,
    status: 'solved',
  },
];

/** Per client: a support queue of the client's kind with new, open, pending, solved and breached tickets and their threads. */
export async function seedSupport(firm: SeededFirm): Promise<void> {
  const now = Date.now();
  await Promise.all([...firm.clientIds].map(([clientName, clientId]) => seedClientQueue(firm, clientName, clientId, now)));
}

async function seedClientQueue(firm: SeededFirm, clientName: string, clientId: string, now: number): Promise<void> {
  const agent = demoAgent(firm, clientName) ?? firm.owner;
  const queue = await createQueue(firm.owner, clientId, {
    name: KIND_BY_CLIENT[clientName] === 'it_support' ? 'IT help desk' : KIND_BY_CLIENT[clientName] === 'compliance' ? 'Compliance requests' : 'Customer support',
    kind: KIND_BY_CLIENT[clientName] ?? 'customer_support',
    sla: {
      firstResponseMinutes: { urgent: 30, high: 60, normal: 240, low: 480 },
      resolutionMinutes: { urgent: 240, high: 480, normal: 1440, low: 2880 },
    },
    businessHours: null,
  });
  await Promise.all(TICKETS.map((demo) => seedTicket(agent, clientId, queue.id, demo, now)));
}

async function seedTicket(agent: TenantContext, clientId: string, queueId: string, demo: DemoTicket, now: number): Promise<void> {
  const openedAt = now - demo.openedAgo;
  let ticket = await createTicket(
    agent,
    clientId,
    { queueId, subject: demo.subject, requester: demo.requester, priority: demo.priority, body: demo.body, assigneeId: agent.userId },
    { now: openedAt },
  );
  if (demo.note) {
    await addMessage(agent, clientId, ticket.id, { body: demo.note, visibility: 'internal' }, { now: openedAt + 10 * MINUTE });
  }
  if (demo.repliedAfter !== undefined) {
    const at = openedAt + demo.repliedAfter * MINUTE;
    await addMessage(
      agent,
      clientId,
      ticket.id,
      { body: `Hi ${demo.requester.name.split(' ')[0]}, thanks for reaching out. We are on it and will update you shortly.`, visibility: 'public' },
      { now: at },
    );
    ticket = { ...ticket, version: ticket.version + 1 };
    if (demo.status) await updateTicket(agent, clientId, ticket.id, { version: ticket.version, status: demo.status }, { now: at + 30 * MINUTE });
  }
}
