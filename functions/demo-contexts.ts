import type { TenantContext } from './core/context.ts';
import type { SeededFirm } from './demo.ts';

/** The context a demo user acts in during seeding, as their own token would give it. */
export function demoContext(firm: SeededFirm, email: string): TenantContext {
  const user = firm.definition.users.find((candidate) => candidate.email === email);
  const userId = firm.userIds.get(email);
  if (!userId) throw new Error(`Seed: unknown user ${email}`);
  if (!user) return firm.owner;
  const clientIds = user.clients.map((name) => firm.clientIds.get(name) ?? '');
  return {
    tenantId: firm.owner.tenantId,
    userId,
    email,
    role: user.role,
    ...(user.role === 'client' ? { clientId: clientIds[0] as string } : {}),
    assignedClientIds: new Set(user.role === 'agent' ? clientIds : []),
  };
}
