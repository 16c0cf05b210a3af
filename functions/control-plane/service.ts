import { systemContext, type TenantContext } from '../core/context.ts';
import { newId } from '../core/ids.ts';
import { signIn, tokenFor } from '../core/identity/index.ts';
import { createTenantWithOwner, getMember } from '../members/service.ts';

/** Onboarding: a new firm (tenant) and its owner, signed in straight away. */
export async function signup(input: { firmName: string; name: string; email: string; password: string }) {
  const ownerId = newId();
  const ctx: TenantContext = { ...systemContext(newId()), userId: ownerId, email: input.email.toLowerCase() };
  const { tenant, owner } = await createTenantWithOwner(ctx, input);
  const token = await tokenFor({ email: owner.email, userId: owner.id, tenantId: tenant.id, role: 'owner' }, input.password);
  return {
    token,
    user: { id: owner.id, email: owner.email, name: owner.name, role: owner.role, tenantId: tenant.id },
    tenant: { id: tenant.id, name: tenant.name },
  };
}

export async function login(email: string, password: string) {
  const { token, user } = await signIn(email, password);
  const ctx: TenantContext = {
    tenantId: user.tenantId,
    userId: user.userId,
    email: user.email,
    role: user.role,
    ...(user.clientId ? { clientId: user.clientId } : {}),
    assignedClientIds: new Set(),
  };
  const member = await getMember(ctx, user.userId);
  return {
    token,
    user: {
      id: member.id,
      email: member.email,
      name: member.name,
      role: member.role,
      tenantId: user.tenantId,
      ...(member.clientId ? { clientId: member.clientId } : {}),
    },
  };
}
