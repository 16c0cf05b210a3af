import { Aws, Duration, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface WebProps {
  /** The HTTP API that `/api/*` on the portal's origin forwards to. */
  httpApi: IHttpApi;
  /** Where S3 writes the portal bucket's server access logs. */
  accessLogs: IBucket;
}

/** Headers every response carries, the portal's and the API's. */
const COMMON_SECURITY_HEADERS = {
  strictTransportSecurity: {
    accessControlMaxAge: Duration.days(365),
    includeSubdomains: true,
    override: true,
  },
  contentTypeOptions: { override: true },
  frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
  referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
} satisfies ResponseSecurityHeadersBehavior;

/**
 * Rewrites a portal route (a path whose last segment has no file extension) to the app shell, so a
 * reload on /clients/123 works. Done per behaviour rather than with the distribution's error responses,
 * which would also turn the API's 403s and 404s into 200s with HTML.
 */
const SPA_FALLBACK = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/**
 * The portal: a private S3 bucket behind CloudFront (origin access control, so only this distribution
 * can read it), with `/api/*` forwarded to the HTTP API. Portal and API share one origin, so the
 * portal needs no CORS to call the API and the token never crosses origins.
 *
 * The bucket's contents (the portal build) are uploaded by the deploy pipeline; a BucketDeployment
 * would add a Python Lambda function to a stack whose functions are all the product's own.
 */
export class Web extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'Bucket', {
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'portal/',
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
    });

    const region = Aws.REGION;
    const portalHeaders = new ResponseHeadersPolicy(this, 'PortalHeaders', {
      comment: 'Backdesk portal: security headers and content security policy',
      securityHeadersBehavior: {
        ...COMMON_SECURITY_HEADERS,
        contentSecurityPolicy: {
          // connect-src: the API (same origin), Cognito sign-in, and presigned document URLs. The
          // documents bucket is named by region, not exactly: its CORS rule names this distribution,
          // so naming the bucket here would make the two depend on each other.
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            `connect-src 'self' https://cognito-idp.${region}.${Aws.URL_SUFFIX} https://*.s3.${region}.${Aws.URL_SUFFIX}`,
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
          ].join('; '),
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });

    // No content security policy on the API: its JSON needs none, and /api/docs (Swagger UI) loads
    // its script and styles from a CDN.
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Backdesk API: security headers',
      securityHeadersBehavior: COMMON_SECURITY_HEADERS,
    });

    const spaFallback = new EdgeFunction(this, 'SpaFallback', {
      comment: 'Serve the portal shell for portal routes',
      code: FunctionCode.fromInline(SPA_FALLBACK),
      runtime: FunctionRuntime.JS_2_0,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Backdesk portal and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: portalHeaders,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(`${props.httpApi.apiId}.execute-api.${region}.${Aws.URL_SUFFIX}`, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Never cached: responses are per user. With caching disabled, the all-viewer policy may
          // forward Authorization; Host is left out because API Gateway routes on its own host name.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
    });

    const acknowledge = (rule: string, reason: string) => Validations.of(this.distribution).acknowledge({ id: rule, reason });
    acknowledge(
      'AwsSolutions-CFR1',
      "Firms and their clients' reviewers sign in from anywhere; access is decided by Cognito and the tenancy rules, not by country.",
    );
    acknowledge(
      'AwsSolutions-CFR2',
      'No WAF web ACL yet: it costs about $5 a month plus $1 per rule at rest. The API stage is throttled and every API route but the public ones needs a verified token; docs/operations.md says how to add one.',
    );
    acknowledge(
      'AwsSolutions-CFR3',
      "Every /api request is logged by the HTTP API stage's access log, and S3 logs each portal-bucket read; the distribution's standard logs need an ACL-enabled bucket and would add only static-file fetches.",
    );
    acknowledge(
      'AwsSolutions-CFR4',
      'The distribution uses the default *.cloudfront.net certificate until a custom domain is configured, and with it CloudFront fixes the security policy; a custom domain with an ACM certificate and TLSv1.2_2021 is the fix (docs/operations.md).',
    );
  }

  /** The portal's origin, e.g. `https://d111111abcdef8.cloudfront.net`. */
  get origin(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
