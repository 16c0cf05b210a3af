import * as z from 'zod';

/** Configuration, read once per process and validated: a bad deployment fails at cold start, not mid-request. */
const EnvSchema = z.object({
  TABLE_NAME: z.string().min(1).default('backdesk'),
  BUCKET_NAME: z.string().min(1).default('backdesk-documents'),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
  /** HMAC key for list cursors; at least 32 characters. */
  CURSOR_SECRET: z.string().min(32),
  /**
   * `local`: users and password hashes in the table, tokens signed with LOCAL_JWT_PRIVATE_KEY.
   * `cognito`: the user pool COGNITO_USER_POOL_ID, its app client COGNITO_CLIENT_ID.
   */
  IDENTITY_PROVIDER: z.enum(['local', 'cognito']).default('local'),
  LOCAL_JWT_PRIVATE_KEY: z.string().optional(),
  COGNITO_USER_POOL_ID: z.string().optional(),
  COGNITO_CLIENT_ID: z.string().optional(),
  /** The role the data layer assumes per tenant in AWS (tenancy rule 5); unset locally. */
  TENANT_ACCESS_ROLE_ARN: z.string().optional(),
  /**
   * Origins (scheme://host[:port], comma-separated) whose pages may call the API from a browser.
   * Unset: none but the API's own origin (the portal is served from it), so no CORS headers at all.
   */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url().refine((url) => new URL(url).origin === url, 'An origin: scheme://host[:port], no path'))),
  /**
   * Requests per fixed minute before 429: per user, and per tenant (all its users together). Generous
   * by default: they stop runaway scripts and floods, not people working quickly.
   */
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().positive().default(12_000),
  /**
   * How many of the tenant's requests a user claims at a time (core/rate-limit.ts): a claim costs two
   * extra DynamoDB calls, and a tenant may be refused up to (block - 1) requests per active user early.
   */
  RATE_LIMIT_TENANT_BLOCK: z.coerce.number().int().positive().default(10),
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);
