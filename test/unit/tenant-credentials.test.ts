import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ROLE = 'arn:aws:iam::123456789012:role/backdesk-tenant-access';

describe('tenant-scoped credentials', () => {
  const sts = mockClient(STSClient);
  let minted = 0;
  beforeEach(() => {
    vi.resetModules();
    process.env.TENANT_ACCESS_ROLE_ARN = ROLE;
    minted = 0;
    sts.reset();
    sts.on(AssumeRoleCommand).callsFake(async (input: { Tags: Array<{ Value: string }>; DurationSeconds: number }) => {
      minted += 1;
      return {
        Credentials: {
          AccessKeyId: `AKIA-${input.Tags[0]?.Value}-${minted}`,
          SecretAccessKey: 'secret',
          SessionToken: 'token',
          Expiration: new Date(Date.now() + (input.Tags[0]?.Value === 'SHORT' ? 5 * 60_000 : input.DurationSeconds * 1000)),
        },
      };
    });
  });
  afterEach(() => {
    delete process.env.TENANT_ACCESS_ROLE_ARN;
  });

  it('assume the tenant-access role with the tenant as a session tag, once per tenant', async () => {
    const { tenantCredentials } = await import('../../functions/core/tenant-credentials.ts');
    const a = tenantCredentials('TENANTA');
    expect(a).toBeDefined();
    const first = await a?.();
    const again = await a?.();
    expect(first?.accessKeyId).toBe('AKIA-TENANTA-1');
    expect(again?.accessKeyId).toBe('AKIA-TENANTA-1');
    const b = await tenantCredentials('TENANTB')?.();
    expect(b?.accessKeyId).toBe('AKIA-TENANTB-2');
    const calls = sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ RoleArn: ROLE, Tags: [{ Key: 'tenantId', Value: 'TENANTA' }] });
    expect(calls[1]).toMatchObject({ Tags: [{ Key: 'tenantId', Value: 'TENANTB' }] });
  });

  it('renew credentials that expire before a presigned URL signed now would (5 minutes)', async () => {
    const { tenantCredentials } = await import('../../functions/core/tenant-credentials.ts');
    const provider = tenantCredentials('SHORT');
    await provider?.();
    const renewed = await provider?.();
    expect(renewed?.accessKeyId).toBe('AKIA-SHORT-2');
  });

  it('use the default credentials when no role is configured (locally)', async () => {
    delete process.env.TENANT_ACCESS_ROLE_ARN;
    const { tenantCredentials, usesTenantCredentials } = await import('../../functions/core/tenant-credentials.ts');
    expect(usesTenantCredentials()).toBe(false);
    expect(tenantCredentials('TENANTA')).toBeUndefined();
  });
});
