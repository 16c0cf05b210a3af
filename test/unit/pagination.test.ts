import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../functions/core/context.ts';
import { Invalid } from '../../functions/core/errors.ts';
import { newId } from '../../functions/core/ids.ts';
import { decodeCursor, encodeCursor, queryBinding } from '../../functions/core/pagination.ts';

const ctx = (): TenantContext => ({ tenantId: newId(), userId: newId(), email: 'x@example.test', role: 'owner', assignedClientIds: new Set() });

describe('cursors', () => {
  const position = { pk: 'T#X', sk: 'CLIENT#Y' };

  it('round-trip for the same caller and query', () => {
    const c = ctx();
    const query = queryBinding('clients', { status: 'open' });
    expect(decodeCursor(c, query, encodeCursor(c, query, position) ?? undefined)).toEqual(position);
  });

  it('is null at the end of a list and absent on the first page', () => {
    const c = ctx();
    expect(encodeCursor(c, 'q', undefined)).toBeNull();
    expect(decodeCursor(c, 'q', undefined)).toBeUndefined();
  });

  it('refuse another tenant, another user, another query, and any edit', () => {
    const c = ctx();
    const query = queryBinding('clients', { status: 'open' });
    const cursor = encodeCursor(c, query, position) as string;
    expect(() => decodeCursor({ ...c, tenantId: newId() }, query, cursor)).toThrow(Invalid);
    expect(() => decodeCursor({ ...c, userId: newId() }, query, cursor)).toThrow(Invalid);
    expect(() => decodeCursor(c, queryBinding('clients', { status: 'closed' }), cursor)).toThrow(Invalid);
    const [payload, mac] = cursor.split('.');
    const edited = Buffer.from(JSON.stringify({ pk: 'T#OTHER', sk: 'x' })).toString('base64url');
    expect(() => decodeCursor(c, query, `${edited}.${mac}`)).toThrow(Invalid);
    expect(() => decodeCursor(c, query, `${payload}.${mac}x`)).toThrow(Invalid);
    expect(() => decodeCursor(c, query, `${payload}`)).toThrow(Invalid);
    expect(() => decodeCursor(c, query, 'garbage')).toThrow(Invalid);
  });

  it('binds filters regardless of their order, and ignores absent ones', () => {
    expect(queryBinding('r', { a: 1, b: 2 })).toBe(queryBinding('r', { b: 2, a: 1 }));
    expect(queryBinding('r', { a: 1, b: undefined })).toBe(queryBinding('r', { a: 1 }));
    expect(queryBinding('r', { a: 1 })).not.toBe(queryBinding('s', { a: 1 }));
  });
});
