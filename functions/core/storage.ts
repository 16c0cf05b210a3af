import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { TenantContext } from './context.ts';
import { env } from './env.ts';
import { ServiceUnavailable } from './errors.ts';
import { objectKeys } from './keys.ts';
import { logger } from './logger.ts';

/**
 * The only S3 client (tenancy rule 2): documents go up and down through short-lived presigned URLs,
 * under keys built by `objectKeys`, so the bytes never pass through a Lambda.
 *
 * The SDK computes flexible checksums (CRC32) by default and, when presigning, would put a checksum
 * of an empty body into the URL; S3-compatible servers such as s3rver refuse that, and a presigned
 * upload cannot know the body anyway. Checksums are therefore only sent when an operation requires one.
 */
const s3 = new S3Client({
  region: env.AWS_REGION,
  forcePathStyle: true,
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
});

/**
 * Signing is local, but it needs credentials (in AWS, the tenant's, from STS): when they cannot be had
 * the request is worth retrying, so the caller gets 503 with Retry-After rather than a 500.
 */
async function signed(presign: () => Promise<string>): Promise<string> {
  try {
    return await presign();
  } catch (error) {
    logger.error('Could not sign an S3 URL', { error: error as Error });
    throw new ServiceUnavailable('Document storage is unavailable; retry shortly', 1);
  }
}

/** How long an upload or download URL lives: five minutes (the contract). */
export const PRESIGNED_URL_SECONDS = 300;

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
  const command = new PutObjectCommand({
    Bucket: env.BUCKET_NAME,
    Key: objectKeys.document(ctx, clientId, documentId),
    ContentType: file.contentType,
    ContentLength: file.sizeBytes,
  });
  return signed(() =>
    getSignedUrl(s3, command, {
      expiresIn: PRESIGNED_URL_SECONDS,
      signableHeaders: new Set(['content-type', 'content-length']),
    }),
  );
}

/** A GET URL that downloads the document under its own file name and type. */
export async function documentDownloadUrl(
  ctx: TenantContext,
  clientId: string,
  documentId: string,
  file: { fileName: string; contentType: string },
): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: env.BUCKET_NAME,
    Key: objectKeys.document(ctx, clientId, documentId),
    ResponseContentType: file.contentType,
    ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
  return signed(() => getSignedUrl(s3, command, { expiresIn: PRESIGNED_URL_SECONDS }));
}
