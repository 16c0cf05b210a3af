import { api } from './api.ts';

/**
 * A user's first request in each minute also starts their rate-limit window and claims a block of the
 * tenant's minute (two more DynamoDB calls, core/rate-limit.ts). Tests that count a request's calls
 * call this first, so the request they measure is an ordinary one: not near a minute's end, and not
 * the user's first in its minute.
 */
export async function inSteadyWindow(token: string): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 57_000) await new Promise((done) => setTimeout(done, 60_000 - intoMinute + 50));
  await api('GET', '/api/me', { token });
}
