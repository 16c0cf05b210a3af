import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { Sha256 } from '@smithy/core/checksum';
import { buildQueryString, escapeUriPath, HttpRequest } from '@smithy/core/protocols';
import type { TenantContext } from './context.ts';
import { env } from './env.ts';
import { ServiceUnavailable } from './errors.ts';
import { objectKeys } from './keys.ts';
import { logger } from './logger.ts';
import { tenantCredentials } from './tenant-credentials.ts';

/**
 * The only S3 code (tenancy rule 2): documents go up and down through short-lived presigned URLs,
 * under keys built by `objectKeys`, so the bytes never pass through a Lambda.
 *
 * A presigned URL is a request signed without being sent, so no S3 client: the SDK's presigner signs a
 * path-style request built here (`https://s3.<region>.amazonaws.com/<bucket>/<key>`, or S3_ENDPOINT
 * locally), as the presigner's own documentation shows. The whole of @aws-sdk/client-s3 (its endpoint
 * rules, XML protocol, checksums: ~150 KB of the documents bundle) was there only to build that request.
 * Nor is a checksum put into the URL: a presigned upload cannot know its body.
 *
 * In AWS the URLs are signed with the tenant's credentials (tenancy rule 5, TENANT_ACCESS_ROLE_ARN),
 * whose role reaches only `tenants/<tenant>/`; locally and in tests, with the default credentials.
 */
const endpoint = new URL(env.S3_ENDPOINT ?? `https://s3.${env.AWS_REGION}.amazonaws.com`);
const ownCredentials = defaultProvider();
const presigners = new Map<string, S3RequestPresigner>();

function presignerFor(ctx: TenantContext): S3RequestPresigner {
  let presigner = presigners.get(ctx.tenantId);
  if (!presigner) {
    presigner = new S3RequestPresigner({
      region: env.AWS_REGION,
      credentials: tenantCredentials(ctx.tenantId) ?? ownCredentials,
      sha256: Sha256,
    });
    presigners.set(ctx.tenantId, presigner);
  }
  return presigner;
}

/** How long an upload or download URL lives: five minutes (the contract). */
export const PRESIGNED_URL_SECONDS = 300;

/**
 * Signing is local, but it needs credentials (in AWS, the tenant's, from STS): when they cannot be had
 * the request is worth retrying, so the caller gets 503 with Retry-After rather than a 500.
 */
async function presignedUrl(
  ctx: TenantContext,
  request: { operation: 'GetObject' | 'PutObject'; key: string; headers?: Record<string, string>; query?: Record<string, string> },
  signableHeaders?: Set<string>,
): Promise<string> {
  const unsigned = new HttpRequest({
    method: request.operation === 'PutObject' ? 'PUT' : 'GET',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
    path: `${endpoint.pathname.replace(/\/$/, '')}/${env.BUCKET_NAME}/${escapeUriPath(request.key)}`,
    headers: { host: endpoint.host, ...request.headers },
    // `x-id` as the SDK's own commands send it, so the URL is the one S3Client and getSignedUrl gave.
    query: { ...request.query, 'x-id': request.operation },
  });
  try {
    const signed = await presignerFor(ctx).presign(unsigned, {
      expiresIn: PRESIGNED_URL_SECONDS,
      ...(signableHeaders ? { signableHeaders } : {}),
    });
    const query = buildQueryString(signed.query ?? {});
    return `${signed.protocol}//${endpoint.host}${signed.path}${query ? `?${query}` : ''}`;
  } catch (error) {
    logger.error('Could not sign an S3 URL', { error: error as Error });
    throw new ServiceUnavailable('Document storage is unavailable; retry shortly', 1);
  }
}

/**
 * A PUT URL for one document's bytes. Content-Type and Content-Length are signed, so the upload must
 * declare exactly the type and size the document was created with, or S3 refuses the signature.
 */
export async function documentUploadUrl(
  ctx: TenantContext,
  clientId: string,
  documentId: string,
  file: { contentType: string; sizeBytes: number },
): Promise<string> {
  return presignedUrl(
    ctx,
    {
      operation: 'PutObject',
      key: objectKeys.document(ctx, clientId, documentId),
      headers: { 'content-type': file.contentType, 'content-length': String(file.sizeBytes) },
    },
    new Set(['content-type', 'content-length']),
  );
}

/** A GET URL that downloads the document under its own file name and type. */
export async function documentDownloadUrl(
  ctx: TenantContext,
  clientId: string,
  documentId: string,
  file: { fileName: string; contentType: string },
): Promise<string> {
  return presignedUrl(ctx, {
    operation: 'GetObject',
    key: objectKeys.document(ctx, clientId, documentId),
    query: {
      'response-content-type': file.contentType,
      'response-content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}
