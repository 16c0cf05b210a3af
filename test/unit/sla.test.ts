import { describe, expect, it } from 'vitest';
import { addSlaMinutes, type BusinessHours, dueTimes, nextSweepDueAt, slaFlags } from '../../functions/support/sla.ts';

const weekdays: BusinessHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' };
const newYork = { businessHours: weekdays, timeZone: 'America/New_York' };
const london = { businessHours: weekdays, timeZone: 'Europe/London' };

describe('SLA due times', () => {
  it('count calendar minutes by default, straight through weekends and DST changes', () => {
    const calendar = { businessHours: null, timeZone: 'America/New_York' };
    expect(addSlaMinutes('2026-03-08T06:00:00.000Z', 60, calendar)).toBe('2026-03-08T07:00:00.000Z');
    expect(addSlaMinutes('2026-03-06T21:00:00.000Z', 3 * 24 * 60, calendar)).toBe('2026-03-09T21:00:00.000Z');
  });

  it('count business minutes from opening when a ticket arrives before hours', () => {
    // Tuesday 07:00 EDT: 30 minutes after 09:00 EDT.
    expect(addSlaMinutes('2026-03-10T11:00:00.000Z', 30, newYork)).toBe('2026-03-10T13:30:00.000Z');
  });

  it('carry what is left at closing over the weekend and across the spring DST change (New York)', () => {
    // Friday 16:00 EST: one hour on Friday, one on Monday from 09:00 EDT (13:00Z).
    expect(addSlaMinutes('2026-03-06T21:00:00.000Z', 120, newYork)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('carry over the weekend and the spring DST change in London', () => {
    // Friday 16:30 GMT: 30 minutes on Friday, 60 on Monday from 09:00 BST (08:00Z).
    expect(addSlaMinutes('2026-03-27T16:30:00.000Z', 90, london)).toBe('2026-03-30T09:00:00.000Z');
  });

  it('carry over the weekend and the autumn DST change (New York)', () => {
    // Friday 16:00 EDT (20:00Z): one hour Friday, one on Monday from 09:00 EST (14:00Z).
    expect(addSlaMinutes('2026-10-30T20:00:00.000Z', 120, newYork)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('start a ticket that arrives on a Saturday, or at closing time, at the next opening', () => {
    expect(addSlaMinutes('2026-03-07T15:00:00.000Z', 15, newYork)).toBe('2026-03-09T13:15:00.000Z');
    // Tuesday 17:00 EDT exactly: nothing left that day.
    expect(addSlaMinutes('2026-03-10T21:00:00.000Z', 15, newYork)).toBe('2026-03-11T13:15:00.000Z');
  });

  it('end at closing time when the minutes run out exactly then, over several days', () => {
    // Monday 09:00 EDT plus two full business days: Tuesday 17:00 EDT.
    expect(addSlaMinutes('2026-03-09T13:00:00.000Z', 16 * 60, newYork)).toBe('2026-03-10T21:00:00.000Z');
  });

  it('reads the business day in the client zone, not UTC', () => {
    // Monday 23:30 UTC is still Monday 19:30 in New York, after hours: Tuesday 09:10 EDT.
    expect(addSlaMinutes('2026-03-09T23:30:00.000Z', 10, newYork)).toBe('2026-03-10T13:10:00.000Z');
    // Sunday 23:30 UTC is Monday 00:30 in Tokyo: due Monday 09:10 JST (00:10Z).
    expect(addSlaMinutes('2026-03-08T23:30:00.000Z', 10, { businessHours: weekdays, timeZone: 'Asia/Tokyo' })).toBe('2026-03-09T00:10:00.000Z');
  });

  it('gives each priority its own first-response and resolution targets', () => {
    const policy = {
      firstResponseMinutes: { urgent: 15, high: 60, normal: 240, low: 480 },
      resolutionMinutes: { urgent: 120, high: 480, normal: 1440, low: 2880 },
    };
    const calendar = { businessHours: null, timeZone: 'UTC' };
    expect(dueTimes('2026-01-05T10:00:00.000Z', 'urgent', policy, calendar)).toEqual({
      firstResponseDueAt: '2026-01-05T10:15:00.000Z',
      resolutionDueAt: '2026-01-05T12:00:00.000Z',
    });
    expect(dueTimes('2026-01-05T10:00:00.000Z', 'low', policy, calendar)).toEqual({
      firstResponseDueAt: '2026-01-05T18:00:00.000Z',
      resolutionDueAt: '2026-01-07T10:00:00.000Z',
    });
  });
});

describe('SLA breach flags', () => {
  const ticket = (over: Partial<{ status: string; firstRespondedAt: string | null; solvedAt: string | null }> = {}) => ({
    status: 'new',
    firstRespondedAt: null,
    solvedAt: null,
    sla: { firstResponseDueAt: '2026-01-05T10:00:00.000Z', resolutionDueAt: '2026-01-05T14:00:00.000Z' },
    ...over,
  });
  const at = (iso: string) => Date.parse(iso);

  it('are false until a due time has passed unmet, and true after', () => {
    expect(slaFlags(ticket(), at('2026-01-05T10:00:00.000Z'))).toEqual({ firstResponseBreached: false, resolutionBreached: false });
    expect(slaFlags(ticket(), at('2026-01-05T10:00:01.000Z'))).toEqual({ firstResponseBreached: true, resolutionBreached: false });
    expect(slaFlags(ticket(), at('2026-01-05T14:00:01.000Z'))).toEqual({ firstResponseBreached: true, resolutionBreached: true });
  });

  it('judge a met target by when it was met, however late one looks', () => {
    const onTime = ticket({ firstRespondedAt: '2026-01-05T09:59:00.000Z', solvedAt: '2026-01-05T13:00:00.000Z', status: 'solved' });
    expect(slaFlags(onTime, at('2026-02-01T00:00:00.000Z'))).toEqual({ firstResponseBreached: false, resolutionBreached: false });
    const late = ticket({ firstRespondedAt: '2026-01-05T10:01:00.000Z', status: 'open' });
    expect(slaFlags(late, at('2026-01-05T10:05:00.000Z')).firstResponseBreached).toBe(true);
  });

  it('point the sweep at the next target still open, and at none once nothing can breach', () => {
    const now = at('2026-01-05T09:00:00.000Z');
    expect(nextSweepDueAt(ticket(), now)).toBe('2026-01-05T10:00:00.000Z');
    expect(nextSweepDueAt(ticket({ firstRespondedAt: '2026-01-05T09:30:00.000Z', status: 'open' }), now)).toBe('2026-01-05T14:00:00.000Z');
    // First response already breached: only the resolution target is left to watch.
    expect(nextSweepDueAt(ticket(), at('2026-01-05T11:00:00.000Z'))).toBe('2026-01-05T14:00:00.000Z');
    expect(nextSweepDueAt(ticket(), at('2026-01-05T15:00:00.000Z'))).toBeUndefined();
    expect(nextSweepDueAt(ticket({ firstRespondedAt: '2026-01-05T09:30:00.000Z', solvedAt: '2026-01-05T09:40:00.000Z', status: 'solved' }), now)).toBeUndefined();
    expect(nextSweepDueAt(ticket({ status: 'closed' }), now)).toBeUndefined();
  });
});
