import { api } from './api.ts';

/** An instant `daysAgo` days before today at hh:mm UTC: always in the past for daysAgo ≥ 1. */
export function at(daysAgo: number, hour: number, minute = 0): string {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() - daysAgo);
  day.setUTCHours(hour, minute);
  return day.toISOString();
}

export async function logTime(
  token: string,
  body: { clientId: string; startedAt: string; endedAt: string; [field: string]: unknown },
): Promise<{ id: string; version: number; status: string; [field: string]: any }> {
  const response = await api('POST', '/api/time-entries', { token, body });
  if (response.status !== 201) throw new Error(`logTime: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function move(token: string, action: string, ids: string[], extra: Record<string, unknown> = {}) {
  return api('POST', `/api/time-entries/${action}`, { token, body: { ids, ...extra } });
}
