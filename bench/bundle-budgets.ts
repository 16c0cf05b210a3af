/**
 * Bundle-size budgets in KB (minified, AWS SDK included). `npm test` fails when a function grows past
 * its budget. The target is 250 KB per function; today every bundle is far above it, and most
 * of the difference is zod: @hono/zod-openapi imports zod's namespace object, so esbuild keeps all of
 * zod classic including ~258 KB of locales. docs/benchmarks.md gives the figures and the way down
 * (runtime validation with zod/mini, the OpenAPI document generated at build time). The Powertools tracer
 * (with the X-Ray SDK) adds ~120 KB to each API function. Until then these budgets stop the sizes creeping up.
 */
export const TARGET_KB = 250;

export const BUNDLE_BUDGETS_KB: Record<string, number> = {
  'control-plane': 1225,
  'api-docs': 1975,
  members: 1225,
  clients: 1100,
  time: 1125,
  billing: 1575,
  invoices: 1550,
  'invoice-pdfs': 1550,
  payroll: 1125,
  activity: 1100,
  documents: 1250,
  'data-entry': 1275,
  support: 1125,
  'sla-sweep': 900,
};
