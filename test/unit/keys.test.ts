import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../functions/core/context.ts';
import { NotFound } from '../../functions/core/errors.ts';
import { newId } from '../../functions/core/ids.ts';
import { isTenantKey, keys, objectKeys } from '../../functions/core/keys.ts';

const ctx = (tenantId = newId()): TenantContext => ({
  tenantId,
  userId: newId(),
  email: 'a@example.test',
  role: 'owner',
  assignedClientIds: new Set(),
});

describe('keys', () => {
  it('start every tenant key with the tenant', () => {
    const c = ctx();
    const clientId = newId();
    for (const key of [keys.tenant(c), keys.member(c, newId()), keys.client(c, clientId), keys.assignments(c, clientId), keys.audit(c, newId(), clientId)]) {
      expect(key.pk.startsWith(`T#${c.tenantId}`)).toBe(true);
    }
    expect(keys.audit(c, newId(), clientId).gsi1pk).toBe(`T#${c.tenantId}#AUDIT#CLIENT#${clientId}`);
    expect(objectKeys.document(c, clientId, newId())).toMatch(new RegExp(`^tenants/${c.tenantId}/clients/${clientId}/documents/`));
  });

  it('refuse an id that is not a ULID as absent, so no separator reaches a key', () => {
    const c = ctx();
    for (const bad of ['', 'abc', `${newId()}#CLIENT#x`, `${newId().slice(0, 25)}#`, newId().toLowerCase(), '../../x']) {
      expect(() => keys.client(c, bad)).toThrow(NotFound);
      expect(() => keys.member(c, bad)).toThrow(NotFound);
    }
    expect(() => keys.client(ctx('not-a-tenant'), newId())).toThrow(NotFound);
  });

  it('tell a tenant key from a neighbour whose id merely starts the same', () => {
    const c = ctx();
    expect(isTenantKey(c, `T#${c.tenantId}`)).toBe(true);
    expect(isTenantKey(c, `T#${c.tenantId}#AUDIT`)).toBe(true);
    expect(isTenantKey(c, `T#${c.tenantId}X`)).toBe(false);
    expect(isTenantKey(c, `T#${newId()}`)).toBe(false);
    expect(isTenantKey(c, `IDP#LOGIN#x`)).toBe(false);
  });
});
