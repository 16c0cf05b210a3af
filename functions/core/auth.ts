import { createMiddleware } from 'hono/factory';
import type { TenantContext } from './context.ts';
import { getItem } from './db.ts';
import { Unauthorized } from './errors.ts';
import type { AppEnv } from './http.ts';
import { ClaimsSchema, userIdOf } from './identity/claims.ts';
import { isUlid } from './ids.ts';
import { keys } from './keys.ts';
import { checkRateLimit } from './rate-limit.ts';

/** The member fields authentication needs; the members module owns the rest of the record. */
interface MemberAccess {
  role: TenantContext['role'];
  clientId?: string;
  active: boolean;
  assignedClientIds?: string[];
}

const sessionEnded = () => new Unauthorized('Your session is no longer valid; sign in again');

/**
 * Builds the TenantContext from the claims the JWT authorizer verified (API Gateway in AWS, the
 * local gateway on a laptop), never from the path, query, headers or body. The member record is read
 * once per request so a deactivated user, or one whose role changed, is refused at once rather than
 * when the token expires; it also carries the agent's assignments for the policy.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const rawClaims = (c.env?.event?.requestContext as { authorizer?: { jwt?: { claims?: unknown } } } | undefined)
    ?.authorizer?.jwt?.claims;
  const parsed = ClaimsSchema.safeParse(rawClaims);
  if (!parsed.success) throw new Unauthorized();
  const claims = parsed.data;
  const tenantId = claims['custom:tenantId'];
  const userId = userIdOf(claims);
  if (!isUlid(tenantId) || !isUlid(userId)) throw new Unauthorized();

  const identity = {
    tenantId,
    userId,
    email: claims.email,
    role: claims['custom:role'],
    ...(claims['custom:clientId'] ? { clientId: claims['custom:clientId'] } : {}),
    assignedClientIds: new Set<string>(),
  } satisfies TenantContext;
  // The member read and the rate-limit count go out together: one round trip of latency, not two.
  const [member] = await Promise.all([getItem<MemberAccess>(identity, keys.member(identity, identity.userId)), checkRateLimit(identity)]);
  if (!member?.active || member.role !== identity.role || (member.clientId ?? undefined) !== identity.clientId) {
    throw sessionEnded();
  }
  c.set('ctx', { ...identity, assignedClientIds: new Set(member.assignedClientIds ?? []) });
  await next();
});
