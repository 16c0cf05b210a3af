import type { Role, TenantContext } from './context.ts';
import { Forbidden, NotFound } from './errors.ts';

/** A module's permissions: action name → the roles that may take it. Modules declare theirs as a table. */
export type PermissionTable<Action extends string> = Readonly<Record<Action, readonly Role[]>>;

/**
 * Whether a client business is visible to the caller at all. Owners and managers see every client
 * of their tenant, an agent only the clients assigned to them, a reviewer only their own client.
 */
export function canSeeClient(ctx: TenantContext, clientId: string): boolean {
  switch (ctx.role) {
    case 'owner':
    case 'manager':
      return true;
    case 'agent':
      return ctx.assignedClientIds.has(clientId);
    case 'client':
      return ctx.clientId === clientId;
  }
}

/**
 * The one authorization decision. Visibility comes first, so a caller who may not see the client
 * gets 404 exactly as for a missing one; a visible resource the role may not act on gets 403.
 */
export function authorize(ctx: TenantContext, allowed: readonly Role[], clientId?: string): void {
  if (clientId !== undefined && !canSeeClient(ctx, clientId)) throw new NotFound('Client');
  if (!allowed.includes(ctx.role)) throw new Forbidden();
}

export const FIRM_ROLES: readonly Role[] = ['owner', 'manager', 'agent'];
export const ADMIN_ROLES: readonly Role[] = ['owner', 'manager'];
export const ALL_ROLES: readonly Role[] = ['owner', 'manager', 'agent', 'client'];
