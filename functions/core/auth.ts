import { createMiddleware } from 'hono/factory';
import type { TenantContext } from './context.ts';
import { Unauthorized } from './errors.ts';
import type { AppEnv } from './http.ts';
import { ClaimsSchema, userIdOf } from './identity/claims.ts';
import { isUlid } from './ids.ts';
import { admitRequest } from './rate-limit.ts';

/** The member fields authentication needs; the members module owns the rest of the record. */
interface MemberAccess {
  name?: string;
  role: TenantContext['role'];
  clientId?: string | null;
  active: boolean;
  assignedClientIds?: string[];
}

const sessionEnded = () => new Unauthorized('Your session is no longer valid; sign in again');

/**
 * Builds the TenantContext from the claims the JWT authorizer verified (API Gateway in AWS, the
 * local gateway on a laptop), never from the path, query, headers or body. The member record is read
 * once per request so a deactivated user, or one whose role changed, is refused at once rather than
 * when the token expires; it also carries the agent's assignments for the policy. Reading it and
 * counting the request for the rate limits are one UpdateItem (core/rate-limit.ts).
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
  const isCurrent = (member: MemberAccess) =>
    member.active === true && member.role === identity.role && (member.clientId ?? undefined) === identity.clientId;
  const member = (await admitRequest(identity, (item) => isCurrent(item as unknown as MemberAccess))) as MemberAccess | undefined;
  if (!member || !isCurrent(member)) throw sessionEnded();
  c.set('ctx', {
    ...identity,
    ...(typeof member.name === 'string' ? { name: member.name } : {}),
    assignedClientIds: new Set(member.assignedClientIds ?? []),
  });
  await next();
});
