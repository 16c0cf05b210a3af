import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { getSignedUrl, S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TenantContext } from '../../functions/core/context.ts';

const TENANT = '01ARZ3NDEKTSV4RRFFQ69G5FAA';
const CLIENT = '01ARZ3NDEKTSV4RRFFQ69G5FAB';
const DOCUMENT = '01ARZ3NDEKTSV4RRFFQ69G5FAC';
const KEY = `tenants/${TENANT}/clients/${CLIENT}/documents/${DOCUMENT}`;
const ctx = { tenantId: TENANT } as TenantContext;
const signingDate = new Date('2025-01-02T03:04:05Z');
const credentials = { accessKeyId: 'AKIDFUNCTION', secretAccessKey: 'function-secret', sessionToken: 'function-token' };
const file = { fileName: "scan (march)* it's.pdf", contentType: 'application/pdf', sizeBytes: 1234 };

/** storage.ts reads its settings at import: a fresh copy under the given environment. */
async function storageWith(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return import('../../functions/core/storage.ts');
}

describe('presigned document URLs, signed without an S3 client', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    // A fixed signing time, so two signatures over the same request can be compared.
    const presign = S3RequestPresigner.prototype.presign;
    vi.spyOn(S3RequestPresigner.prototype, 'presign').mockImplementation(function (this: S3RequestPresigner, request, options) {
      return presign.call(this, request, { ...options, signingDate });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });

  for (const endpoint of [undefined, 'http://localhost:4569']) {
    it(`are the URLs S3Client and getSignedUrl give, byte for byte (${endpoint ?? 'AWS'})`, async () => {
      const storage = await storageWith({
        AWS_REGION: 'eu-west-1',
        BUCKET_NAME: 'backdesk-documents-test',
        S3_ENDPOINT: endpoint,
        TENANT_ACCESS_ROLE_ARN: undefined,
        AWS_PROFILE: undefined,
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_SESSION_TOKEN: credentials.sessionToken,
      });
      const s3 = new S3Client({
        region: 'eu-west-1',
        forcePathStyle: true,
        credentials,
        // As storage.ts had it: no checksums in a presigned URL (its body is unknown).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        ...(endpoint ? { endpoint } : {}),
      });
      const Bucket = 'backdesk-documents-test';
      const upload = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key: KEY, ContentType: file.contentType, ContentLength: file.sizeBytes }), {
        expiresIn: 300,
        signableHeaders: new Set(['content-type', 'content-length']),
      });
      const download = await getSignedUrl(
        s3,
        new GetObjectCommand({
          Bucket,
          Key: KEY,
          ResponseContentType: file.contentType,
          ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        }),
        { expiresIn: 300 },
      );
      expect(await storage.documentUploadUrl(ctx, CLIENT, DOCUMENT, file)).toBe(upload);
      expect(await storage.documentDownloadUrl(ctx, CLIENT, DOCUMENT, file)).toBe(download);
      expect(new URL(upload).searchParams.get('X-Amz-Credential')).toMatch(/^AKIDFUNCTION\//);
    });
  }

  it("in AWS are signed with the tenant's credentials, not the function's", async () => {
    const sts = mockClient(STSClient);
    sts.on(AssumeRoleCommand).callsFake(async (input: { Tags: Array<{ Value: string }> }) => ({
      Credentials: {
        AccessKeyId: `AKIATENANT${input.Tags[0]?.Value}`,
        SecretAccessKey: 'tenant-secret',
        SessionToken: 'tenant-token',
        Expiration: new Date(Date.now() + 900_000),
      },
    }));
    try {
      const storage = await storageWith({
        TENANT_ACCESS_ROLE_ARN: 'arn:aws:iam::123456789012:role/backdesk-tenant-access',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      });
      const url = new URL(await storage.documentUploadUrl(ctx, CLIENT, DOCUMENT, file));
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(new RegExp(`^AKIATENANT${TENANT}/`));
      expect(url.searchParams.get('X-Amz-Security-Token')).toBe('tenant-token');
    } finally {
      sts.restore();
    }
  });
});
