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
  'control-plane': 570,
  'api-docs': 360,
  members: 565,
  clients: 445,
  time: 470,
  billing: 480,
  invoices: 460,
  'invoice-pdfs': 870,
  payroll: 470,
  activity: 445,
  documents: 445,
  'data-entry': 480,
  support: 460,
  'sla-sweep': 390,
};
