import { DEMO_FIRMS, DEMO_PASSWORD, type SeededFirm } from '../demo.ts';
import { signup } from './service.ts';

/** Each demo firm signs up the way a real one does; the rest of the seed acts as its owner. */
export async function seedFirms(): Promise<SeededFirm[]> {
  const firms: SeededFirm[] = [];
  for (const definition of DEMO_FIRMS) {
    const { user, tenant } = await signup({
      firmName: definition.name,
      name: definition.owner.name,
      email: definition.owner.email,
      password: DEMO_PASSWORD,
    });
    firms.push({
      definition,
      owner: { tenantId: tenant.id, userId: user.id, email: user.email, role: 'owner', assignedClientIds: new Set() },
      clientIds: new Map(),
      userIds: new Map([[user.email, user.id]]),
    });
  }
  return firms;
}
