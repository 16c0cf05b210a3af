import * as z from 'zod/mini';
import { ROLES } from '../context.ts';

/**
 * The token claims every module reads, shaped like a Cognito ID token's so that the same code
 * works behind API Gateway's JWT authorizer (Cognito) and behind the local gateway (local provider).
 */
export const ClaimsSchema = z.object({
  sub: z.string().check(z.minLength(1)),
  email: z.string().check(z.minLength(1)),
  'custom:tenantId': z.string().check(z.minLength(1)),
  'custom:role': z.enum(ROLES),
  // Cognito cannot unset an attribute, so "no client" arrives as an empty string.
  'custom:clientId': z.pipe(
    z.optional(z.string()),
    z.transform((value) => value || undefined),
  ),
  /** Cognito's `sub` is a UUID; the member's ULID travels here. Locally `sub` is the ULID itself. */
  'custom:userId': z.optional(z.string().check(z.minLength(1))),
});

/** The member a token names. */
export function userIdOf(claims: Claims): string {
  return claims['custom:userId'] ?? claims.sub;
}

export type Claims = z.input<typeof ClaimsSchema>;

export const LOCAL_ISSUER = 'backdesk-local';
export const LOCAL_AUDIENCE = 'backdesk-portal';
export const TOKEN_LIFETIME_SECONDS = 3600;
