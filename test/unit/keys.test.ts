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

  it('put a billing invoice first in its billing index, then its parties, then its entries in invoice order', () => {
    const c = ctx();
    const clientId = newId();
    const invoiceId = newId();
    const invoice = keys.billingInvoiceIndex(c, clientId, invoiceId);
    const parties = keys.billingParties(c, clientId, invoiceId);
    const entries = [0, 1, 9, 10, 99, 1000, 9_999_999].map((position) => keys.billedEntryIndex(c, clientId, invoiceId, position));
    for (const item of [parties, ...entries]) expect(item.gsi4pk).toBe(invoice.gsi4pk);
    expect(invoice.gsi4pk).toBe(keys.billingInvoiceContents(c, clientId, invoiceId).pk);
    expect(invoice.gsi4pk.startsWith(`T#${c.tenantId}#CLIENT#${clientId}#`)).toBe(true);
    const order = [invoice, parties, ...entries].map((item) => item.gsi4sk);
    expect([...order].sort()).toEqual(order);
    // The parties stay out of the client's invoice list (`begins_with(sk, BILLING_INVOICE#)`).
    expect(parties.sk.startsWith(keys.billingInvoices(c, clientId).skPrefix)).toBe(false);
    for (const bad of [-1, 1.5, 10_000_000, Number.NaN]) expect(() => keys.billedEntryIndex(c, clientId, invoiceId, bad)).toThrow();
    expect(() => keys.billingInvoiceContents(c, clientId, 'not-an-id')).toThrow(NotFound);
  });

  it('put a client after every entry of its time-entry index, outside any range of instants', () => {
    const c = ctx();
    const clientId = newId();
    const client = keys.clientInTimeIndex(c, clientId);
    expect(client.gsi1pk).toBe(keys.clientTimeEntries(c, clientId).pk);
    const entry = keys.timeEntryIndexes(c, { id: newId(), clientId, userId: newId(), startedAt: '9999-12-31T23:59:59.999Z' });
    expect(client.gsi1sk > entry.gsi1sk).toBe(true);
    // Entry lists ask for instants between '0000' and '9999' at the widest.
    expect(client.gsi1sk > '9999').toBe(true);
    const since = keys.clientAndTimeEntriesSince(c, clientId, '2026-10-31T10:00:00.000Z');
    expect(since).toMatchObject({ index: 'gsi1', pk: client.gsi1pk, skBetween: ['2026-10-31T10:00:00.000Z', client.gsi1sk] });
  });
});
