import type { TenantContext } from './context.ts';
import { getItem, type Item, updateItem } from './db.ts';
import { env } from './env.ts';
import { ServiceUnavailable, TooManyRequests } from './errors.ts';
import { keys } from './keys.ts';
import { logger } from './logger.ts';

const WINDOW_SECONDS = 60;

/**
 * Rate limits per user and per tenant, fixed one-minute windows, counted on the caller's own member
 * record so that authentication and counting are one UpdateItem (see `admitRequest`):
 *
 * - `rateWindow` is the minute the counts belong to, `rateCount` the user's requests in it, and
 *   `rateAllowance` how many of the tenant's requests for that minute the user has claimed.
 * - A request adds one to `rateCount` on condition that the record is in the current minute, under the
 *   user's limit and within the claimed allowance. That is the only call of almost every request.
 * - The tenant's limit is counted in blocks: a user's first request in a minute, and each request that
 *   finds the allowance used up, claims `RATE_LIMIT_TENANT_BLOCK` requests from the tenant's counter for
 *   the minute (one UpdateItem, sent alongside the one that records the claim on the member). Past the
 *   tenant's limit the claim is refused: 429 for every user of the tenant until the minute ends. The
 *   tenant therefore never gets more than its limit, and may be refused up to (block - 1) requests per
 *   active user early, since a claimed block is spent whether or not it is used (docs/security.md).
 *
 * Past either limit the request answers 429 with Retry-After (the seconds left in the minute). The
 * counting fails open: when the table throttles it, the request goes on (authentication does not: it
 * falls back to reading the member record, and answers 503 if that fails too). The counter attributes
 * are storage attributes: the data layer strips them from every member it returns, and they are
 * outside `version`, so counting never makes a member update conflict. A member update (a full put)
 * drops them, which only starts that member's minute afresh.
 * Per-IP limits on the public routes belong to API Gateway's throttling and a WAF (docs/security.md).
 */
interface Counted {
  rateWindow?: number;
  rateCount?: number;
  rateAllowance?: number;
}

const tooManyForUser = (retryAfter: number) => new TooManyRequests('Too many requests; slow down and retry after the time given', retryAfter);
const tooManyForTenant = (retryAfter: number) => new TooManyRequests('Too many requests from your firm; retry after the time given', retryAfter);

/** Tries at an update that lost a race with the same user's concurrent request (both claimed at once). */
const ATTEMPTS = 3;

/**
 * Authenticates and counts in one call: adds the request to the caller's count on their member record
 * and returns the record as it now is, or undefined when there is none. `isCurrent` is authentication's
 * verdict on a record (active, same role and client as the token); a record it refuses is returned
 * without counting, and authentication answers 401.
 */
export async function admitRequest(ctx: TenantContext, isCurrent: (member: Item) => boolean, nowMs = Date.now()): Promise<Item | undefined> {
  const memberKey = keys.member(ctx, ctx.userId);
  let window = Math.floor(nowMs / 1000 / WINDOW_SECONDS);
  for (let attempt = 1; ; attempt++) {
    const retryAfter = Math.max(1, (window + 1) * WINDOW_SECONDS - Math.floor(nowMs / 1000));
    let counted: Awaited<ReturnType<typeof updateItem>>;
    try {
      counted = await updateItem(ctx, memberKey, {
        update: 'ADD rateCount :one',
        condition: 'attribute_exists(pk) AND rateWindow = :window AND rateCount < rateAllowance AND rateCount < :userLimit',
        values: { ':one': 1, ':window': window, ':userLimit': env.RATE_LIMIT_USER_PER_MINUTE },
      });
    } catch (error) {
      if (!(error instanceof ServiceUnavailable)) throw error;
      logger.warn('Rate limit not counted; reading the member record instead', { error });
      return readMember(ctx);
    }
    const member = counted.item as (Item & Counted) | undefined;
    if (counted.applied || !member || !isCurrent(member)) return member;
    // The condition failed on the counts: the user's limit, a new minute, or the allowance used up.
    if (member.rateWindow !== undefined && member.rateWindow > window) {
      // Another function's clock is a little ahead: count in its minute rather than go back to ours.
      window = member.rateWindow;
      continue;
    }
    if (member.rateWindow === window && (member.rateCount ?? 0) >= env.RATE_LIMIT_USER_PER_MINUTE) throw tooManyForUser(retryAfter);
    const claimed = await claimBlock(ctx, member, window);
    if (claimed === 'refused') throw tooManyForTenant(retryAfter);
    if (claimed === 'claimed' || attempt >= ATTEMPTS) return member;
  }
}

function readMember(ctx: TenantContext): Promise<Item | undefined> {
  return getItem(ctx, keys.member(ctx, ctx.userId));
}

/**
 * Claims the next block of the tenant's minute for this user and records it on the member record, both
 * at once. 'raced' when the same user's concurrent request changed the record first (the caller counts
 * again); the block it may have claimed from the tenant stays spent, which errs on the side of the limit.
 */
async function claimBlock(ctx: TenantContext, member: Counted, window: number): Promise<'claimed' | 'refused' | 'raced'> {
  const block = env.RATE_LIMIT_TENANT_BLOCK;
  const newWindow = member.rateWindow !== window;
  const [tenant, recorded] = await Promise.allSettled([
    updateItem(
      ctx,
      keys.rateWindow(ctx, window),
      {
        update: 'SET expiresAt = if_not_exists(expiresAt, :expiresAt) ADD requests :block',
        values: { ':block': block, ':expiresAt': (window + 2) * WINDOW_SECONDS },
      },
      'UPDATED_NEW',
    ),
    updateItem(
      ctx,
      keys.member(ctx, ctx.userId),
      newWindow
        ? {
            update: 'SET rateWindow = :window, rateCount = :one, rateAllowance = :block',
            condition: 'attribute_exists(pk) AND (attribute_not_exists(rateWindow) OR rateWindow < :window)',
            values: { ':window': window, ':one': 1, ':block': block },
          }
        : {
            update: 'SET rateCount = rateCount + :one, rateAllowance = rateAllowance + :block',
            condition: 'attribute_exists(pk) AND rateWindow = :window AND rateCount >= rateAllowance AND rateCount < :userLimit',
            values: { ':window': window, ':one': 1, ':block': block, ':userLimit': env.RATE_LIMIT_USER_PER_MINUTE },
          },
      'NONE',
    ),
  ]);
  if (tenant.status === 'rejected') logger.warn('Tenant rate limit not counted; letting the request through', { error: tenant.reason });
  if (recorded.status === 'rejected') logger.warn('Rate-limit claim not recorded; letting the request through', { error: recorded.reason });
  const tenantTotal = tenant.status === 'fulfilled' ? Number(tenant.value.item?.requests) : 0;
  if (tenantTotal > env.RATE_LIMIT_TENANT_PER_MINUTE) {
    if (recorded.status === 'fulfilled' && recorded.value.applied) await revokeBlock(ctx, window, block);
    return 'refused';
  }
  return recorded.status === 'fulfilled' && !recorded.value.applied ? 'raced' : 'claimed';
}

/** Gives back a block the tenant refused, so the user's next request claims (and is refused) again. */
async function revokeBlock(ctx: TenantContext, window: number, block: number): Promise<void> {
  await updateItem(
    ctx,
    keys.member(ctx, ctx.userId),
    {
      update: 'SET rateAllowance = rateAllowance - :block',
      condition: 'attribute_exists(pk) AND rateWindow = :window',
      values: { ':window': window, ':block': block },
    },
    'NONE',
  ).catch((error) => logger.warn('Could not give back a refused rate-limit claim', { error }));
}
