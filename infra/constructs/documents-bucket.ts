import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface DocumentsBucketProps {
  /** Where S3 writes the bucket's server access logs. */
  accessLogs: IBucket;
}

/**
 * Client documents (source documents for data entry, attachments to work items). Browsers never
 * reach the bucket with credentials of their own: the functions hand out five-minute presigned
 * URLs, so the bucket is private, TLS-only, and its CORS rule only lets the portal's origin use them.
 * No function holds a grant on it: the URLs are signed with the tenant-access role's credentials, which
 * reach only `tenants/<tenantId>/` (constructs/tenant-access.ts).
 */
export class DocumentsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // A PUT to an existing key replaces the object; versions keep the client's earlier file for a while.
      versioned: true,
      lifecycleRules: [
        // A browser that gives up mid-upload leaves parts that are billed until aborted.
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { noncurrentVersionExpiration: Duration.days(30) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  get bucketName(): string {
    return this.bucket.bucketName;
  }

  /**
   * Lets the portal, served from `origin`, PUT and GET through presigned URLs. Added after the
   * portal's distribution exists, so its domain is known.
   */
  allowPresignedAccessFrom(origin: string): void {
    this.bucket.addCorsRule({
      allowedOrigins: [origin],
      allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
      // The presigned signature, not CORS, is what authorizes a request; headers are the browser's.
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag'],
      maxAge: 3000,
    });
  }
}
