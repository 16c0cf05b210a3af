import { addDays, dateInZone, instantOfWallTime, isoWeekday } from '../core/calendar.ts';

/**
 * SLA arithmetic, pure so it is unit-tested without a database or a clock: every function takes the
 * instant it reasons about. Targets are minutes, counted on the calendar by default, or only inside a
 * queue's business hours, read in the client's time zone (so a weekend or a DST change is honoured).
 */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessHours {
  days: Weekday[];
  /** Wall-clock `HH:MM` in the client's zone; `end` after `start`. */
  start: string;
  end: string;
}

export interface SlaPolicy {
  firstResponseMinutes: Record<Priority, number>;
  resolutionMinutes: Record<Priority, number>;
}

export interface SlaCalendar {
  businessHours: BusinessHours | null;
  timeZone: string;
}

export interface SlaTimes {
  firstResponseDueAt: string;
  resolutionDueAt: string;
}

/** What the SLA of a ticket depends on. */
export interface SlaSubject {
  sla: SlaTimes;
  status: string;
  firstRespondedAt: string | null;
  solvedAt: string | null;
}

export interface SlaFlags {
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
}

/** Ten years of calendar days: more than any target can need, a bound on a malformed calendar. */
const MAX_DAYS = 3660;

/** The instant `minutes` of SLA time after `start`: calendar minutes, or business minutes in the client's zone. */
export function addSlaMinutes(start: string | number, minutes: number, calendar: SlaCalendar): string {
  const startMs = typeof start === 'number' ? start : Date.parse(start);
  const hours = calendar.businessHours;
  if (!hours) return new Date(startMs + minutes * 60_000).toISOString();
  const openDays = new Set(hours.days.map((day) => WEEKDAYS.indexOf(day) + 1));
  let remaining = minutes * 60_000;
  let cursor = startMs;
  let date = dateInZone(startMs, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS; day++, date = addDays(date, 1)) {
    if (!openDays.has(isoWeekday(date))) continue;
    const opens = instantOfWallTime(date, hours.start, calendar.timeZone);
    const closes = instantOfWallTime(date, hours.end, calendar.timeZone);
    const from = Math.max(cursor, opens);
    if (from >= closes) continue;
    if (remaining <= closes - from) return new Date(from + remaining).toISOString();
    remaining -= closes - from;
    cursor = closes;
  }
  throw new Error('The business-hours calendar never opens');
}

export function dueTimes(createdAt: string, priority: Priority, policy: SlaPolicy, calendar: SlaCalendar): SlaTimes {
  return {
    firstResponseDueAt: addSlaMinutes(createdAt, policy.firstResponseMinutes[priority], calendar),
    resolutionDueAt: addSlaMinutes(createdAt, policy.resolutionMinutes[priority], calendar),
  };
}

/** A target is breached once its due time has passed unmet, or when it was met late. */
function breached(dueAt: string, metAt: string | null, now: number): boolean {
  return (metAt ? Date.parse(metAt) : now) > Date.parse(dueAt);
}

/** The breach flags as they are at `now`, whether or not the sweep has been by. */
export function slaFlags(ticket: SlaSubject, now: number): SlaFlags {
  return {
    firstResponseBreached: breached(ticket.sla.firstResponseDueAt, ticket.firstRespondedAt, now),
    resolutionBreached: breached(ticket.sla.resolutionDueAt, ticket.solvedAt, now),
  };
}

/**
 * The next due time the sweep has to look at: the earliest target still open and not yet breached.
 * None once both are met or breached, or the ticket is closed.
 */
export function nextSweepDueAt(ticket: SlaSubject, now: number): string | undefined {
  if (ticket.status === 'closed') return undefined;
  const flags = slaFlags(ticket, now);
  const pending = [
    !ticket.firstRespondedAt && !flags.firstResponseBreached ? ticket.sla.firstResponseDueAt : undefined,
    !ticket.solvedAt && !flags.resolutionBreached ? ticket.sla.resolutionDueAt : undefined,
  ].filter((due): due is string => due !== undefined);
  return pending.sort()[0];
}

export function isWallTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
