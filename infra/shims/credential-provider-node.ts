import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentity } from '@aws-sdk/types';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the deployed bundles only (BUNDLE_ALIAS in
 * infra/bundling.ts); local runs and tests import the real default chain.
 *
 * Lambda gives a function its role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN, fixed for the life of the instance, so the chain's first link is the only one
 * that ever answers there. The rest (SSO, ini files, process, web identity, IMDS/ECS, login) brings
 * ~130 KB of code and the STS/SSO clients it calls, into every bundle.
 *
 * Same exports and shape as the real module: the clients' runtimeConfig calls
 * `defaultProvider(init)` and then calls the provider it gets back.
 */
export const defaultProvider =
  (init: Parameters<typeof fromEnv>[0] = {}): (() => Promise<AwsCredentialIdentity>) =>
    fromEnv(init);

export const credentialsWillNeedRefresh = (credentials?: AwsCredentialIdentity) => credentials?.expiration !== undefined;

/** Treated as expired five minutes early, as the real chain does. */
export const credentialsTreatedAsExpired = (credentials?: AwsCredentialIdentity) =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
