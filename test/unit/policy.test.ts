import { describe, expect, it } from 'vitest';
import type { Role, TenantContext } from '../../functions/core/context.ts';
import { Forbidden, NotFound } from '../../functions/core/errors.ts';
import { newId } from '../../functions/core/ids.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, canSeeClient } from '../../functions/core/policy.ts';

const assigned = newId();
const other = newId();
const ctx = (role: Role, extra: Partial<TenantContext> = {}): TenantContext => ({
  tenantId: newId(),
  userId: newId(),
  email: 'x@example.test',
  role,
  assignedClientIds: new Set(role === 'agent' ? [assigned] : []),
  ...(role === 'client' ? { clientId: assigned } : {}),
  ...extra,
});

describe('policy', () => {
  it.each([
    ['owner', assigned, true],
    ['owner', other, true],
    ['manager', other, true],
    ['agent', assigned, true],
    ['agent', other, false],
    ['client', assigned, true],
    ['client', other, false],
  ] as const)('%s sees client %s: %s', (role, clientId, visible) => {
    expect(canSeeClient(ctx(role), clientId)).toBe(visible);
  });

  it('answers 404 before 403: an invisible client is absent even to a role that could not act', () => {
    expect(() => authorize(ctx('agent'), ADMIN_ROLES, other)).toThrow(NotFound);
    expect(() => authorize(ctx('agent'), ADMIN_ROLES, assigned)).toThrow(Forbidden);
    expect(() => authorize(ctx('client'), ADMIN_ROLES, other)).toThrow(NotFound);
    expect(() => authorize(ctx('client'), ALL_ROLES, assigned)).not.toThrow();
    expect(() => authorize(ctx('manager'), ADMIN_ROLES, other)).not.toThrow();
  });

  it('a reviewer without a client sees no client', () => {
    expect(canSeeClient(ctx('client', { clientId: undefined }), assigned)).toBe(false);
  });
});
