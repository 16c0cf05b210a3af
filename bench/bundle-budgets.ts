/**
 * Bundle-size budgets in KB (minified, AWS SDK included). `npm test` fails when a function grows past
 * its budget. The target is 250 KB per function, but the DynamoDB and STS clients every
 * function bundles come to ~244 KB on their own (`npm run bench` measures this floor next to the
 * functions in docs/benchmarks.md), so each budget is the function's size today plus a little room:
 * they stop the sizes creeping up. invoice-pdfs carries pdf-lib and its fonts (~420 KB) for the two
 * PDF routes alone.
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
