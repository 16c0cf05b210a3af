import type { Role, TenantContext } from './core/context.ts';

/**
 * The demo data of DESIGN.md (part of the contract). Each module's `seed.ts` adds its share through
 * its own service, in the order of `local/seed.ts`, and records the ids it made in the world.
 */
export const DEMO_PASSWORD = 'demo-password-1';

export interface DemoClient {
  name: string;
  clientApprovalRequired?: boolean;
  monthlyBudgetHours?: number;
  currency: string;
  timeZone: string;
  billingContact: { name: string; email: string };
}

export interface DemoUser {
  email: string;
  name: string;
  role: Exclude<Role, 'owner'>;
  /** For an agent, the clients assigned; for a reviewer, their one client. */
  clients: string[];
}

export interface DemoFirm {
  name: string;
  owner: { email: string; name: string };
  clients: DemoClient[];
  users: DemoUser[];
}

export const DEMO_FIRMS: DemoFirm[] = [
  {
    name: 'Northwind Outsourcing',
    owner: { email: 'owner@northwind.test', name: 'Olivia Grant' },
    clients: [
      {
        name: 'Acme Dental',
        clientApprovalRequired: true,
        monthlyBudgetHours: 80,
        currency: 'USD',
        timeZone: 'America/New_York',
        billingContact: { name: 'Priya Shah', email: 'billing@acmedental.test' },
      },
      {
        name: 'Brightside Realty',
        monthlyBudgetHours: 120,
        currency: 'USD',
        timeZone: 'America/Los_Angeles',
        billingContact: { name: 'Marcus Lee', email: 'ops@brightside.test' },
      },
    ],
    users: [
      { email: 'lead@northwind.test', name: 'Liam Carter', role: 'manager', clients: [] },
      { email: 'maria@northwind.test', name: 'Maria Santos', role: 'agent', clients: ['Acme Dental', 'Brightside Realty'] },
      { email: 'jon@northwind.test', name: 'Jon Reyes', role: 'agent', clients: ['Brightside Realty'] },
      { email: 'billing@acmedental.test', name: 'Priya Shah', role: 'client', clients: ['Acme Dental'] },
      { email: 'ops@brightside.test', name: 'Marcus Lee', role: 'client', clients: ['Brightside Realty'] },
    ],
  },
  {
    name: 'Bluepeak BPO',
    owner: { email: 'owner@bluepeak.test', name: 'Ben Okafor' },
    clients: [
      {
        name: 'Harbor Foods',
        monthlyBudgetHours: 60,
        currency: 'GBP',
        timeZone: 'Europe/London',
        billingContact: { name: 'Fiona Walsh', email: 'finance@harborfoods.test' },
      },
    ],
    users: [
      { email: 'ana@bluepeak.test', name: 'Ana Dela Cruz', role: 'agent', clients: ['Harbor Foods'] },
      { email: 'finance@harborfoods.test', name: 'Fiona Walsh', role: 'client', clients: ['Harbor Foods'] },
    ],
  },
];

/** What the seed has made so far, per firm: the owner's context and ids by name and email. */
export interface SeededFirm {
  definition: DemoFirm;
  owner: TenantContext;
  clientIds: Map<string, string>;
  userIds: Map<string, string>;
}

/**
 * Who the seed acts as for one client: the owner, the client's first assigned agent and its reviewer
 * (contexts as authentication would build them), so each demo move is made by a role allowed to make it.
 */
export function demoActors(firm: SeededFirm, clientName: string): { owner: TenantContext; agent: TenantContext; reviewer: TenantContext } {
  const contextOf = (user: DemoUser | undefined): TenantContext | undefined => {
    const userId = user && firm.userIds.get(user.email);
    if (!user || !userId) return undefined;
    const clientIds = user.clients.map((name) => firm.clientIds.get(name) ?? '').filter(Boolean);
    return {
      tenantId: firm.owner.tenantId,
      userId,
      email: user.email,
      role: user.role,
      ...(user.role === 'client' ? { clientId: clientIds[0] } : {}),
      assignedClientIds: new Set(user.role === 'agent' ? clientIds : []),
    };
  };
  const users = firm.definition.users.filter((user) => user.clients.includes(clientName));
  const agent = contextOf(users.find((user) => user.role === 'agent')) ?? firm.owner;
  const reviewer = contextOf(users.find((user) => user.role === 'client'));
  if (!reviewer) throw new Error(`Seed: ${clientName} has no reviewer`);
  return { owner: firm.owner, agent, reviewer };
}

/** A date `days` from today (negative: in the past), as YYYY-MM-DD, so demo data always looks current. */
export function demoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
