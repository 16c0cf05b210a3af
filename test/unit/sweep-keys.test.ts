import { describe, expect, it } from 'vitest';
import { querySweepIndex } from '../../functions/core/db.ts';
import { newId } from '../../functions/core/ids.ts';
import { keys, sweepKeys } from '../../functions/core/keys.ts';

describe('the sweep index keys', () => {
  it('bucket a due time by UTC hour and name the ticket behind it', () => {
    const [tenantId, clientId, ticketId] = [newId(), newId(), newId()];
    const entry = sweepKeys.sla({ tenantId }, clientId, ticketId, '2026-03-09T14:05:00.000Z');
    expect(entry).toEqual({
      sweepPk: 'SLA#2026-03-09T14',
      sweepSk: `2026-03-09T14:05:00.000Z#${tenantId}#${clientId}#${ticketId}`,
    });
    expect(sweepKeys.parseSla(entry.sweepSk)).toEqual({ dueAt: '2026-03-09T14:05:00.000Z', tenantId, clientId, ticketId });
  });

  it('parse nothing malformed, so a bad entry cannot steer the sweep into a key', () => {
    expect(sweepKeys.parseSla('2026-03-09T14:05:00.000Z#x#y#z')).toBeUndefined();
    expect(sweepKeys.parseSla(`2026-03-09T14:05:00.000Z#${newId()}#${newId()}`)).toBeUndefined();
    expect(sweepKeys.parseSla(`2026-03-09T14:05:00.000Z#${newId()}#${newId()}#${newId()}#extra`)).toBeUndefined();
    expect(() => sweepKeys.slaBucket('T#x')).toThrow();
  });

  it('the sweep query reads time buckets only, never a tenant partition', async () => {
    const tenantKey = keys.tenant({ tenantId: newId(), userId: newId(), email: 'a@b.test', role: 'owner', assignedClientIds: new Set() });
    await expect(querySweepIndex({ pk: tenantKey.pk, skBetween: ['0', '9'], limit: 1 })).rejects.toThrow(/time buckets/);
    await expect(querySweepIndex({ pk: 'IDP#LOGIN#x', skBetween: ['0', '9'], limit: 1 })).rejects.toThrow(/time buckets/);
  });

  it('every new item key starts with the tenant', () => {
    const ctx = { tenantId: newId(), userId: newId(), email: 'a@b.test', role: 'owner' as const, assignedClientIds: new Set<string>() };
    const [c, x, y] = [newId(), newId(), newId()];
    for (const key of [
      keys.document(ctx, c, x),
      keys.batch(ctx, c, x),
      keys.batchStats(ctx, c, x),
      keys.batchColumns(ctx, c, x),
      keys.batchRecord(ctx, c, x, y),
      keys.qualityMonth(ctx, c, '2026-03'),
      keys.queue(ctx, c, x),
      keys.ticket(ctx, c, x),
      keys.ticketMessage(ctx, c, x, y),
    ]) {
      expect(key.pk.startsWith(`T#${ctx.tenantId}#`)).toBe(true);
    }
    const indexes = keys.ticketIndexes(ctx, { id: x, clientId: c, status: 'open', assigneeId: y, createdAt: '2026-03-09T14:05:00.000Z' });
    for (const pk of [indexes.gsi1pk, indexes.gsi2pk, indexes.gsi3pk]) expect(pk?.startsWith(`T#${ctx.tenantId}#`)).toBe(true);
    expect(keys.documentIndexes(ctx, { id: x, clientId: c, workItem: { type: 'batch', id: y } }).gsi1pk?.startsWith(`T#${ctx.tenantId}#`)).toBe(true);
  });
});
