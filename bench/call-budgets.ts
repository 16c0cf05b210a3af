/**
 * DynamoDB calls per request, counted by the Server-Timing middleware (functions/core/request-metrics.ts).
 * `budget` is what the test suite enforces (a route that makes more calls fails `npm test`);
 * `minimum` is the fewest the access-pattern table in docs/data-model.md allows. Every authenticated
 * request makes one GetItem for the caller's member record (deactivation and role checks), counted here.
 */
export interface CallBudget {
  name: string;
  budget: number;
  minimum: number;
}

export const CALL_BUDGETS: Record<string, CallBudget> = {
  'GET /api/health': { name: 'health', budget: 0, minimum: 0 },
  'GET /api/me': { name: 'who am I', budget: 3, minimum: 2 },
  'GET /api/clients': { name: 'list clients', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}': { name: 'get a client', budget: 2, minimum: 2 },
  'POST /api/clients': { name: 'create a client', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}': { name: 'update a client', budget: 3, minimum: 3 },
  'GET /api/members': { name: 'list members', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/assignments': { name: 'get assignments', budget: 3, minimum: 2 },
  'GET /api/time-entries/{entryId}': { name: 'get a time entry', budget: 2, minimum: 2 },
  'GET /api/time-entries': { name: 'list a client’s time', budget: 3, minimum: 2 },
  'POST /api/time-entries': { name: 'record time', budget: 5, minimum: 4 },
  'POST /api/time-entries/submit': { name: 'submit time', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/usage': { name: 'usage for a month', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/rates': { name: 'rate card in force', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}': { name: 'get a billing invoice', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices': { name: 'list billing invoices', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/invoices/{invoiceId}': { name: 'get an invoice', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/invoices': { name: 'list invoices', budget: 3, minimum: 2 },
  'POST /api/clients/{clientId}/invoices': { name: 'create an invoice', budget: 6, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/submit': { name: 'submit an invoice', budget: 4, minimum: 3 },
  'GET /api/clients/{clientId}/tickets/{ticketId}': { name: 'get a ticket', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/tickets': { name: 'list tickets', budget: 3, minimum: 2 },
  'GET /api/clients/{clientId}/batches/{batchId}': { name: 'get a batch', budget: 4, minimum: 2 },
  'GET /api/audit': { name: 'audit trail', budget: 2, minimum: 2 },
};
