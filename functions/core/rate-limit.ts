import type { TenantContext } from './context.ts';
import { countRequest } from './db.ts';
import { env } from './env.ts';
import { TooManyRequests } from './errors.ts';
import { keys } from './keys.ts';
import { logger } from './logger.ts';

const WINDOW_SECONDS = 60;

/**
 * Rate limits per user and per tenant: a fixed one-minute window per tenant, counted with one
 * UpdateItem that adds to the tenant's total and to the user's own count. Past either limit the request
 * answers 429 with Retry-After (the seconds left in the window). The count fails open: when it cannot
 * be taken (the table is throttled), the request goes on rather than failing for the limit's sake.
 * Per-IP limits on the public routes belong to API Gateway's throttling and a WAF (docs/security.md).
 */
export async function checkRateLimit(ctx: TenantContext, nowMs = Date.now()): Promise<void> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const window = Math.floor(nowSeconds / WINDOW_SECONDS);
  const retryAfter = Math.max(1, (window + 1) * WINDOW_SECONDS - nowSeconds);
  let counts: { tenant: number; user: number };
  try {
    counts = await countRequest(ctx, keys.rateWindow(ctx, window), `user_${ctx.userId}`, (window + 2) * WINDOW_SECONDS);
  } catch (error) {
    logger.warn('Rate limit not counted; letting the request through', { error: error as Error });
    return;
  }
  if (counts.user > env.RATE_LIMIT_USER_PER_MINUTE) {
    throw new TooManyRequests('Too many requests; slow down and retry after the time given', retryAfter);
  }
  if (counts.tenant > env.RATE_LIMIT_TENANT_PER_MINUTE) {
    throw new TooManyRequests('Too many requests from your firm; retry after the time given', retryAfter);
  }
}
