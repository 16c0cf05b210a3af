import type { ScheduledEvent } from 'aws-lambda';
import { systemContext } from '../core/context.ts';
import { logger } from '../core/logger.ts';
import * as repository from './repository.ts';
import { sweepTicket } from './service.ts';

/**
 * The scheduled SLA sweep (an EventBridge rule in AWS, an interval in `npm start`). It reads the
 * `sweep` index, the one index keyed by time rather than tenant, hour bucket by hour bucket up to
 * `now`, and hands each ticket that has come due to its own tenant's system context, which re-reads
 * it and stores its breach flags. No Scan, and no other cross-tenant read.
 *
 * Buckets are read back `LOOKBACK_HOURS`, so a sweep that was down for a while catches up; a ticket
 * left behind longer still reads correctly, since reads recompute the flags.
 */
export const LOOKBACK_HOURS = 48;
const PAGE = 100;

export interface SweepResult {
  examined: number;
  breached: number;
}

export async function runSlaSweep(now: Date = new Date(), options: { lookbackHours?: number; maxTickets?: number } = {}): Promise<SweepResult> {
  const nowMs = now.getTime();
  const until = now.toISOString();
  const lookback = options.lookbackHours ?? LOOKBACK_HOURS;
  const maxTickets = options.maxTickets ?? 5000;
  const result: SweepResult = { examined: 0, breached: 0 };
  for (let hoursAgo = lookback; hoursAgo >= 0 && result.examined < maxTickets; hoursAgo--) {
    const hour = new Date(nowMs - hoursAgo * 3_600_000).toISOString().slice(0, 13);
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await repository.dueSweepEntries(hour, until, PAGE, startKey);
      for (const entry of page.entries) {
        if (Date.parse(entry.dueAt) >= nowMs) continue;
        result.examined += 1;
        if (await sweepTicket(systemContext(entry.tenantId), entry.clientId, entry.ticketId, nowMs)) result.breached += 1;
      }
      startKey = page.lastKey;
    } while (startKey && result.examined < maxTickets);
  }
  return result;
}

/** The scheduled event's own time is the sweep's `now`. */
export async function handler(event: Partial<Pick<ScheduledEvent, 'time'>> = {}): Promise<SweepResult> {
  const now = event.time ? new Date(event.time) : new Date();
  const result = await runSlaSweep(Number.isNaN(now.getTime()) ? new Date() : now);
  logger.info('SLA sweep', { ...result });
  return result;
}
