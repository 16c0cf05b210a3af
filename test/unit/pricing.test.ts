import { describe, expect, it } from 'vitest';
import { buildLines, cardInForce, lineAmountMinor, rateFor, roundDuration } from '../../functions/billing/pricing.ts';
import type { RateCard } from '../../functions/billing/schemas.ts';

const card = (overrides: Partial<RateCard> = {}): RateCard => ({
  id: '01JC0000000000000000000000',
  clientId: '01JC0000000000000000000001',
  effectiveFrom: '2026-01-01',
  currency: 'USD',
  defaultRateMinor: 5000,
  rounding: { incrementMinutes: 0, mode: 'nearest' },
  agentRates: [],
  categoryRates: [],
  visibleToAgents: false,
  createdAt: '',
  updatedAt: '',
  version: 1,
  ...overrides,
});

describe('duration rounding', () => {
  // 7 min 30 s = 450 s, exactly half of a 15-minute increment; 8 min = 480 s, past half of 15.
  it.each([
    [0, 'up', 451, 451],
    [0, 'down', 451, 451],
    [1, 'up', 61, 120],
    [1, 'down', 119, 60],
    [1, 'nearest', 89, 60],
    [1, 'nearest', 90, 120],
    [5, 'up', 301, 600],
    [5, 'nearest', 449, 300],
    [5, 'nearest', 450, 600],
    [5, 'down', 599, 300],
    [6, 'up', 1, 360],
    [6, 'nearest', 179, 0],
    [6, 'nearest', 180, 360],
    [6, 'down', 719, 360],
    [10, 'up', 601, 1200],
    [10, 'nearest', 899, 600],
    [10, 'nearest', 900, 1200],
    [10, 'down', 1199, 600],
    [15, 'up', 450, 900],
    [15, 'nearest', 449, 0],
    [15, 'nearest', 450, 900],
    [15, 'down', 1799, 900],
    [30, 'up', 1801, 3600],
    [30, 'nearest', 2699, 1800],
    [30, 'nearest', 2700, 3600],
    [30, 'down', 3599, 1800],
    [60, 'up', 3601, 7200],
    [60, 'nearest', 5399, 3600],
    [60, 'nearest', 5400, 7200],
    [60, 'down', 7199, 3600],
  ] as const)('%i-minute increments, %s: %i s → %i s', (incrementMinutes, mode, seconds, expected) => {
    expect(roundDuration(seconds, { incrementMinutes, mode })).toBe(expected);
  });

  it('leaves an exact multiple alone in every mode', () => {
    for (const mode of ['up', 'nearest', 'down'] as const) expect(roundDuration(1800, { incrementMinutes: 15, mode })).toBe(1800);
  });
});

describe('amounts', () => {
  it('round half up: rate × seconds / 3600', () => {
    expect(lineAmountMinor(5000, 3600)).toBe(5000);
    expect(lineAmountMinor(1, 1800)).toBe(1); // 0.5 → 1
    expect(lineAmountMinor(1, 1799)).toBe(0); // 0.4997 → 0
    expect(lineAmountMinor(3333, 1)).toBe(1); // 0.92583 → 1
    expect(lineAmountMinor(7500, 1234)).toBe(2571); // 2570.8333 → 2571
    expect(lineAmountMinor(125, 4320)).toBe(150); // exactly 150
    expect(lineAmountMinor(99_999_999, 86_400)).toBe(2_399_999_976);
  });
});

describe('rates', () => {
  const c = card({
    agentRates: [{ userId: 'AGENT', rateMinor: 9000 }],
    categoryRates: [{ category: 'payroll', rateMinor: 7000 }],
  });

  it('agent rate first, then category, then default', () => {
    expect(rateFor(c, { userId: 'AGENT', category: 'payroll' })).toBe(9000);
    expect(rateFor(c, { userId: 'OTHER', category: 'payroll' })).toBe(7000);
    expect(rateFor(c, { userId: 'OTHER', category: 'support' })).toBe(5000);
  });

  it('the card in force is the latest effective on or before the day', () => {
    const cards = [card({ effectiveFrom: '2026-03-01', defaultRateMinor: 2 }), card({ effectiveFrom: '2026-01-01', defaultRateMinor: 1 })];
    expect(cardInForce(cards, '2025-12-31')).toBeUndefined();
    expect(cardInForce(cards, '2026-01-01')?.defaultRateMinor).toBe(1);
    expect(cardInForce(cards, '2026-02-28')?.defaultRateMinor).toBe(1);
    expect(cardInForce(cards, '2026-03-01')?.defaultRateMinor).toBe(2);
    expect(cardInForce(cards, '2027-01-01')?.defaultRateMinor).toBe(2);
  });
});

describe('lines', () => {
  it('group one agent at one rate; amounts from the line total, not per entry', () => {
    const lines = buildLines(
      [
        { id: 'E1', userId: 'A', startedAt: '2026-01-02T10:00:00.000Z', rateMinor: 1, billedSeconds: 1200 },
        { id: 'E2', userId: 'A', startedAt: '2026-01-01T10:00:00.000Z', rateMinor: 1, billedSeconds: 1200 },
        { id: 'E3', userId: 'A', startedAt: '2026-01-03T10:00:00.000Z', rateMinor: 2, billedSeconds: 600 },
        { id: 'E4', userId: 'B', startedAt: '2026-01-01T10:00:00.000Z', rateMinor: 1, billedSeconds: 3600 },
      ],
      (id) => `Agent ${id}`,
    );
    expect(lines).toEqual([
      // 2400 s at 1/h = 0.667 → 1 (per-entry rounding would give 0 + 0 = 0)
      { description: 'Agent A: 0.67 h', userId: 'A', rateMinor: 1, durationSeconds: 2400, amountMinor: 1, entryIds: ['E2', 'E1'] },
      { description: 'Agent A: 0.17 h', userId: 'A', rateMinor: 2, durationSeconds: 600, amountMinor: 0, entryIds: ['E3'] },
      { description: 'Agent B: 1.00 h', userId: 'B', rateMinor: 1, durationSeconds: 3600, amountMinor: 1, entryIds: ['E4'] },
    ]);
  });
});
