/**
 * Bundle-size budgets in KB (minified, AWS SDK included). `npm test` fails when a function grows past
 * its budget. The target is 250 KB per function; today every bundle is far above it, and most
 * of the difference is zod: @hono/zod-openapi imports zod's namespace object, so esbuild keeps all of
 * zod classic including ~258 KB of locales. docs/benchmarks.md gives the figures and the way down
 * (runtime validation with zod/mini, the OpenAPI document generated at build time). Until then these
 * budgets stop the sizes from creeping up.
 */
export const TARGET_KB = 250;

export const BUNDLE_BUDGETS_KB: Record<string, number> = {
  'control-plane': 1100,
  'api-docs': 1900,
  members: 1100,
  clients: 975,
  time: 1000,
  billing: 1450,
  invoices: 1450,
  payroll: 1000,
  activity: 975,
  documents: 1125,
  'data-entry': 1150,
  support: 1000,
  'sla-sweep': 900,
};
