export const ROLES = ['owner', 'manager', 'agent', 'client'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, built only from verified token claims and the member record they name.
 * Every service and repository function takes it first; nothing takes a tenant id from input.
 */
export interface TenantContext {
  readonly tenantId: string;
  readonly userId: string;
  readonly email: string;
  /** The member's name as authentication found it for this request (absent for system work). */
  readonly name?: string;
  readonly role: Role;
  /** Set for the `client` role: the one client business this reviewer belongs to. */
  readonly clientId?: string;
  /** Set for the `agent` role: the clients this agent is assigned to. */
  readonly assignedClientIds: ReadonlySet<string>;
}

/** A context for work the system does on a tenant's behalf (signup, seeding, scheduled sweeps). */
export function systemContext(tenantId: string): TenantContext {
  return { tenantId, userId: tenantId, email: 'system@backdesk.invalid', role: 'owner', assignedClientIds: new Set() };
}
