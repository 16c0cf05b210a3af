import * as z from 'zod/mini';

/** Configuration, read once per process and validated: a bad deployment fails at cold start, not mid-request. */
const EnvSchema = z.object({
  TABLE_NAME: z._default(z.string().check(z.minLength(1)), 'backdesk'),
  BUCKET_NAME: z._default(z.string().check(z.minLength(1)), 'backdesk-documents'),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  S3_ENDPOINT: z.optional(z.url()),
  /** HMAC key for list cursors; at least 32 characters. */
  CURSOR_SECRET: z.string().check(z.minLength(32)),
  /**
   * `local`: users and password hashes in the table, tokens signed with LOCAL_JWT_PRIVATE_KEY.
   * `cognito`: the user pool COGNITO_USER_POOL_ID, its app client COGNITO_CLIENT_ID.
   */
  IDENTITY_PROVIDER: z._default(z.enum(['local', 'cognito']), 'local'),
  LOCAL_JWT_PRIVATE_KEY: z.optional(z.string()),
  COGNITO_USER_POOL_ID: z.optional(z.string()),
  COGNITO_CLIENT_ID: z.optional(z.string()),
  /** The role the data layer assumes per tenant in AWS (tenancy rule 5); unset locally. */
  TENANT_ACCESS_ROLE_ARN: z.optional(z.string()),
  /**
   * Origins (scheme://host[:port], comma-separated) whose pages may call the API from a browser.
   * Unset: none but the API's own origin (the portal is served from it), so no CORS headers at all.
   */
  CORS_ORIGINS: z.pipe(
    z.pipe(
      z.optional(z.string()),
      z.transform((value) =>
        (value ?? '')
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    ),
    z.array(z.url().check(z.refine((url) => new URL(url).origin === url, 'An origin: scheme://host[:port], no path'))),
  ),
  /**
   * Requests per fixed minute before 429: per user, and per tenant (all its users together). Generous
   * by default: they stop runaway scripts and floods, not people working quickly.
   */
  RATE_LIMIT_USER_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 1200),
  RATE_LIMIT_TENANT_PER_MINUTE: z._default(z.coerce.number().check(z.int(), z.positive()), 12_000),
  /**
   * How many of the tenant's requests a user claims at a time (core/rate-limit.ts): a claim costs two
   * extra DynamoDB calls, and a tenant may be refused up to (block - 1) requests per active user early.
   */
  RATE_LIMIT_TENANT_BLOCK: z._default(z.coerce.number().check(z.int(), z.positive()), 10),
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);
