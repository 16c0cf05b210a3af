import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { env } from './env.ts';

/**
 * Tenancy rule 5: in AWS the data layer does not use the function's own role. It assumes the
 * tenant-access role with the request's tenant as a session tag, and that role's policy allows only
 * DynamoDB keys that start with `T#<tag>` (dynamodb:LeadingKeys) and S3 objects under
 * `tenants/<tag>/`, so a bug above the data layer still cannot reach another tenant's data.
 * Credentials are cached per tenant for the life of the function instance and renewed before expiry.
 * Without TENANT_ACCESS_ROLE_ARN (locally, in tests) the default credentials are used.
 */
const sts = env.TENANT_ACCESS_ROLE_ARN ? new STSClient({ region: env.AWS_REGION }) : undefined;
/** Presigned URLs live 5 minutes and die with the credentials that signed them: renew well before that. */
const RENEW_BEFORE_MS = 6 * 60_000;

const cache = new Map<string, Promise<AwsCredentialIdentity>>();

async function assume(tenantId: string): Promise<AwsCredentialIdentity> {
  const result = await (sts as STSClient).send(
    new AssumeRoleCommand({
      RoleArn: env.TENANT_ACCESS_ROLE_ARN,
      RoleSessionName: `tenant-${tenantId}`,
      DurationSeconds: 900,
      Tags: [{ Key: 'tenantId', Value: tenantId }],
    }),
  );
  const credentials = result.Credentials;
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
  };
}

/** A credential provider for one tenant, or undefined to use the function's own credentials. */
export function tenantCredentials(tenantId: string): (() => Promise<AwsCredentialIdentity>) | undefined {
  if (!sts) return undefined;
  return async () => {
    let pending = cache.get(tenantId);
    const current = pending ? await pending.catch(() => undefined) : undefined;
    if (!current || (current.expiration && current.expiration.getTime() - Date.now() < RENEW_BEFORE_MS)) {
      pending = assume(tenantId);
      cache.set(tenantId, pending);
      pending.catch(() => cache.delete(tenantId));
    }
    return pending as Promise<AwsCredentialIdentity>;
  };
}

export function usesTenantCredentials(): boolean {
  return sts !== undefined;
}
