import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'functions/**/*.test.ts'],
    // One DynamoDB Local and one s3rver for the whole run; every test file makes its own tenants.
    globalSetup: ['test/setup/global.ts'],
    setupFiles: ['test/setup/environment.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_METRICS_DISABLED: 'true',
      // The generated suites send a user's requests far faster than anyone works, and how fast
      // depends on the machine: the rate limits are tested in test/generated/rate-limits.test.ts,
      // with limits of its own, and kept out of every other test's way.
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_TENANT_PER_MINUTE: '1000000000000',
      // A user claims the tenant's minute in blocks this large: once a minute, so call counts stay exact.
      RATE_LIMIT_TENANT_BLOCK: '1000000',
    },
  },
});
