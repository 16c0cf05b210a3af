/**
 * DynamoDB calls per request, counted by the Server-Timing middleware (functions/core/request-metrics.ts).
 * `budget` is what the test suite enforces (a route that makes more calls fails `npm test`);
 * `minimum` is the fewest the access-pattern table in docs/data-model.md allows. The target (issue 9)
 * is at most 2 calls for a read and 3 for a write.
 *
 * Every authenticated request starts with one call: a conditional UpdateItem on the caller's member
 * record that both authenticates (deactivation, role and client checks, the agent's assignments) and
 * counts the request for the rate limits (core/rate-limit.ts). The counts below are for an ordinary
 * request. A user's first request in a minute, and the one that finds their claimed block of the
 * tenant's minute used up (every RATE_LIMIT_TENANT_BLOCK requests, default 10), costs two calls more:
 * the failed update, then the tenant's counter and the member record updated together.
 *
 * Over the target, and why:
 * - usage for a month (3): the month's bounds are in the client's time zone, so the client is read
 *   before the entries are queried, and the two live under different keys (table and gsi1).
 * - create an invoice (4): the number comes from an atomic counter before the write (a number is never
 *   handed out twice), and the write needs it; folding the counter into the client record read would
 *   let a client update (a full put) put back a stale counter.
 * Not measured here: a POST sent with an Idempotency-Key adds three calls (read, claim, record the
 * response; core/idempotency.ts), and an owner's or manager's list that comes back empty reads the
 * client as well, so that a made-up client still answers 404.
 */
export interface CallBudget {
  name: string;
  budget: number;
  minimum: number;
}

export const CALL_BUDGETS: Record<string, CallBudget> = {
  'GET /api/health': { name: 'health', budget: 0, minimum: 0 },
  'GET /api/me': { name: 'who am I', budget: 2, minimum: 2 },
  'GET /api/clients': { name: 'list clients', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}': { name: 'get a client', budget: 2, minimum: 2 },
  'POST /api/clients': { name: 'create a client', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}': { name: 'update a client', budget: 3, minimum: 3 },
  'GET /api/members': { name: 'list members', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/assignments': { name: 'get assignments', budget: 2, minimum: 2 },
  'GET /api/time-entries/{entryId}': { name: 'get a time entry', budget: 2, minimum: 2 },
  'GET /api/time-entries': { name: 'list a client’s time', budget: 2, minimum: 2 },
  'POST /api/time-entries': { name: 'record time', budget: 3, minimum: 3 },
  'POST /api/time-entries/submit': { name: 'submit time', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/usage': { name: 'usage for a month', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/rates': { name: 'rate card in force', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}': { name: 'get a billing invoice', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices': { name: 'list billing invoices', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/invoices/{invoiceId}': { name: 'get an invoice', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/invoices': { name: 'list invoices', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/invoices': { name: 'create an invoice', budget: 4, minimum: 4 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/submit': { name: 'submit an invoice', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/tickets/{ticketId}': { name: 'get a ticket', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/tickets': { name: 'list tickets', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/batches/{batchId}': { name: 'get a batch', budget: 2, minimum: 2 },
  'GET /api/audit': { name: 'audit trail', budget: 2, minimum: 2 },
};
