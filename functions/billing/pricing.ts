import { roundHalfUp, toSafeMinor } from '../core/money.ts';
import type { BillingLine, RateCard } from './schemas.ts';

/**
 * The billing arithmetic of DESIGN.md, pure: each entry's duration is rounded by the card's rule
 * first; a line groups one agent's entries at one rate; its amount is
 * round_half_up(rateMinor × lineSeconds / 3600).
 */
export function roundDuration(seconds: number, rounding: RateCard['rounding']): number {
  if (rounding.incrementMinutes === 0) return seconds;
  const increment = rounding.incrementMinutes * 60;
  const whole = Math.floor(seconds / increment);
  const remainder = seconds - whole * increment;
  if (remainder === 0) return seconds;
  if (rounding.mode === 'down') return whole * increment;
  if (rounding.mode === 'up') return (whole + 1) * increment;
  return (remainder * 2 >= increment ? whole + 1 : whole) * increment;
}

/** Agent rate first, then category rate, then the card's default. */
export function rateFor(card: RateCard, entry: { userId: string; category: string }): number {
  return (
    card.agentRates.find((rate) => rate.userId === entry.userId)?.rateMinor ??
    card.categoryRates.find((rate) => rate.category === entry.category)?.rateMinor ??
    card.defaultRateMinor
  );
}

/** The card in force on a date: the latest whose effectiveFrom is not after it. */
export function cardInForce(cards: readonly RateCard[], date: string): RateCard | undefined {
  let found: RateCard | undefined;
  for (const card of cards) {
    if (card.effectiveFrom <= date && (!found || card.effectiveFrom > found.effectiveFrom)) found = card;
  }
  return found;
}

export function lineAmountMinor(rateMinor: number, seconds: number): number {
  return toSafeMinor(roundHalfUp(BigInt(rateMinor) * BigInt(seconds), 3600n));
}

export interface PricedEntry {
  id: string;
  userId: string;
  startedAt: string;
  rateMinor: number;
  billedSeconds: number;
}

/** Lines per (agent, rate), in a stable order: by agent, then by rate. */
export function buildLines(entries: readonly PricedEntry[], agentName: (userId: string) => string): BillingLine[] {
  const groups = new Map<string, PricedEntry[]>();
  for (const entry of entries) {
    const key = `${entry.userId}|${entry.rateMinor}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as PricedEntry;
      const durationSeconds = group.reduce((sum, entry) => sum + entry.billedSeconds, 0);
      return {
        description: `${agentName(first.userId)}: ${(durationSeconds / 3600).toFixed(2)} h`,
        userId: first.userId,
        rateMinor: first.rateMinor,
        durationSeconds,
        amountMinor: lineAmountMinor(first.rateMinor, durationSeconds),
        entryIds: group.sort((a, b) => a.startedAt.localeCompare(b.startedAt)).map((entry) => entry.id),
      };
    })
    .sort((a, b) => a.userId.localeCompare(b.userId) || a.rateMinor - b.rateMinor);
}
