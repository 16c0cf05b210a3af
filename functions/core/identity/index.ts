import { decodeJwt } from 'jose';
import { env } from '../env.ts';
import { ClaimsSchema, userIdOf } from './claims.ts';
import { localIdentityProvider, localSignIn, signToken } from './local-provider.ts';
import type { IdentityProvider, IdentityUser } from './provider.ts';

/**
 * The one identity interface the modules use. Locally: users in the table and tokens signed here.
 * In AWS: Cognito (loaded only there, so local runs and other bundles never load its SDK).
 */
export async function identityProvider(): Promise<IdentityProvider> {
  if (env.IDENTITY_PROVIDER === 'cognito') return (await import('./cognito-provider.ts')).cognitoIdentityProvider;
  return localIdentityProvider;
}

export async function signIn(email: string, password: string): Promise<{ token: string; user: IdentityUser }> {
  if (env.IDENTITY_PROVIDER !== 'cognito') return localSignIn(email, password);
  const token = await (await import('./cognito-provider.ts')).cognitoSignIn(email, password);
  // Straight from Cognito over TLS; API Gateway's authorizer verifies it on every later request.
  const claims = ClaimsSchema.parse(decodeJwt(token));
  return {
    token,
    user: {
      email: claims.email,
      userId: userIdOf(claims),
      tenantId: claims['custom:tenantId'],
      role: claims['custom:role'],
      ...(claims['custom:clientId'] ? { clientId: claims['custom:clientId'] } : {}),
    },
  };
}

/** A token for a user who just signed up: minted locally, obtained from Cognito in AWS. */
export async function tokenFor(user: IdentityUser, password: string): Promise<string> {
  if (env.IDENTITY_PROVIDER !== 'cognito') return signToken(user);
  return (await signIn(user.email, password)).token;
}
