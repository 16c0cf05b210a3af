import type { TenantContext } from './context.ts';
import { newId, nowIso } from './ids.ts';
import { keys } from './keys.ts';

/** What changed, written in the same transaction as the change itself (see `writeItems`). */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string;
  clientId?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord extends AuditEvent {
  id: string;
  at: string;
  actor: { id: string; email: string };
}

export function auditItem(ctx: TenantContext, event: AuditEvent): Record<string, unknown> & { pk: string; sk: string } {
  const id = newId();
  const record: AuditRecord = {
    id,
    at: nowIso(),
    actor: { id: ctx.userId, email: ctx.email },
    ...event,
  };
  return { ...keys.audit(ctx, id, event.clientId), type: 'audit', ...record };
}
