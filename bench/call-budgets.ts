/**
 * DynamoDB calls per request, counted by the Server-Timing middleware (functions/core/request-metrics.ts).
 * `budget` is what the test suite enforces (a route that makes more calls fails `npm test`);
 * `minimum` is the fewest the access-pattern table in docs/data-model.md allows. Every authenticated
 * request makes two calls before its own work, sent together: the GetItem of the caller's member record
 * (deactivation and role checks) and the UpdateItem of the per-user/per-tenant rate-limit counter.
 */
export interface CallBudget {
  name: string;
  budget: number;
  minimum: number;
}

export const CALL_BUDGETS: Record<string, CallBudget> = {
  'GET /api/health': { name: 'health', budget: 0, minimum: 0 },
  'GET /api/me': { name: 'who am I', budget: 4, minimum: 3 },
  'GET /api/clients': { name: 'list clients', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}': { name: 'get a client', budget: 3, minimum: 3 },
  'POST /api/clients': { name: 'create a client', budget: 3, minimum: 3 },
  'PATCH /api/clients/{clientId}': { name: 'update a client', budget: 4, minimum: 4 },
  'GET /api/members': { name: 'list members', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/assignments': { name: 'get assignments', budget: 4, minimum: 3 },
  'GET /api/time-entries/{entryId}': { name: 'get a time entry', budget: 3, minimum: 3 },
  'GET /api/time-entries': { name: 'list a client’s time', budget: 4, minimum: 3 },
  'POST /api/time-entries': { name: 'record time', budget: 6, minimum: 5 },
  'POST /api/time-entries/submit': { name: 'submit time', budget: 5, minimum: 4 },
  'GET /api/clients/{clientId}/usage': { name: 'usage for a month', budget: 4, minimum: 4 },
  'GET /api/clients/{clientId}/rates': { name: 'rate card in force', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}': { name: 'get a billing invoice', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/billing-invoices': { name: 'list billing invoices', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/invoices/{invoiceId}': { name: 'get an invoice', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/invoices': { name: 'list invoices', budget: 4, minimum: 3 },
  'POST /api/clients/{clientId}/invoices': { name: 'create an invoice', budget: 7, minimum: 4 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/submit': { name: 'submit an invoice', budget: 5, minimum: 4 },
  'GET /api/clients/{clientId}/tickets/{ticketId}': { name: 'get a ticket', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/tickets': { name: 'list tickets', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/batches/{batchId}': { name: 'get a batch', budget: 5, minimum: 3 },
  'GET /api/audit': { name: 'audit trail', budget: 3, minimum: 3 },
};
