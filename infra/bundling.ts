/**
 * esbuild settings for the Lambda bundles, shared by `npm run build` (scripts/build.ts) and the CDK
 * function construct, so the sizes printed locally are the sizes that deploy.
 */

/** Lambda's `nodejs24.x` runtime, the newest Node runtime Lambda offers (cdk-nag AwsSolutions-L1). */
export const BUNDLE_TARGET = 'node24';

/** Prefer ESM entry points: they tree-shake; the CJS `main` is the fallback. */
export const BUNDLE_MAIN_FIELDS = ['module', 'main'];

/**
 * The bundles are ESM, but some dependencies (CJS builds inside the AWS SDK, Powertools) call
 * `require` for Node built-ins; ESM has no `require`, so one is made at the top of every bundle.
 * No `$` or backtick: the CDK passes this through a shell in double quotes.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as backdeskCreateRequire } from 'node:module'; const require = backdeskCreateRequire(import.meta.url);";

/**
 * Modules swapped at bundle time, as esbuild `alias` (paths relative to the project root, where both
 * `npm run build` and the CDK run esbuild). Only the deployed bundles get these; local runs and tests
 * import the real modules.
 *
 * The SDK clients' default credential chain becomes environment variables only (see the shim): the
 * only source Lambda uses, and ~130 KB less in every bundle.
 */
export const BUNDLE_ALIAS: Record<string, string> = {
  '@aws-sdk/credential-provider-node': './infra/shims/credential-provider-node.ts',
};
