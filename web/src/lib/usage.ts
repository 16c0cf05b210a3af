import { allPages, api, ok, type Schema } from '../api/client';
import type { Client } from '../directory';
import { addDays, today, zonedToUtc } from './format';

export type Usage = Schema<'Usage'>;
export type TimeEntry = Schema<'TimeEntry'>;

/** A month's first day and the next month's, as YYYY-MM-DD. */
export function monthBounds(month: string): { first: string; next: string } {
  const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
  const next = monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
  return { first: `${month}-01`, next };
}

/** A client's entries starting in a range of calendar dates of its time zone (`to` exclusive). */
export async function entriesBetween(client: Client, from: string, to: string, extra: { userId?: string; status?: TimeEntry['status'] } = {}): Promise<TimeEntry[]> {
  const query = { clientId: client.id, from: zonedToUtc(from, '00:00', client.timeZone), to: zonedToUtc(to, '00:00', client.timeZone), ...extra };
  return allPages((cursor) => ok(api.GET('/api/time-entries', { params: { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } } })), 50);
}

/** This month's usage of a client (the API's totals) and its hours per day so far, in the client's zone. */
export async function monthUsage(client: Client): Promise<{ usage: Usage; days: { date: string; seconds: number }[] }> {
  const month = today(client.timeZone).slice(0, 7);
  const { first, next } = monthBounds(month);
  const usage = await ok(api.GET('/api/clients/{clientId}/usage', { params: { path: { clientId: client.id }, query: { month } } }));
  const last = today(client.timeZone);
  const days: { date: string; seconds: number }[] = [];
  for (let date = first; date <= last && date < next; date = addDays(date, 1)) {
    days.push({ date, seconds: usage.byDay.find((day) => day.date === date)?.trackedSeconds ?? 0 });
  }
  return { usage, days };
}
