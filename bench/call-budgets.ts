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
 * Every operation in the OpenAPI document has a budget here: test/generated/call-budgets.test.ts
 * measures each one's positive control from the generated isolation suite (test/generated/
 * isolation-cases.ts) and fails on an operation without a budget or over it. Public routes count
 * everything they do (sign-in: attempts, login record, member; signup: login record, then tenant +
 * owner + audit); their DynamoDB calls are the local identity provider's, Cognito's in AWS.
 *
 * Over the target, and why. `minimum` is what the access patterns in docs/data-model.md allow; where it
 * is below `budget`, the route could get there without weakening a rule and has not yet:
 * - usage for a month long past (3; the current and the previous month: 2): the month's bounds are in
 *   the client's zone, so the client and its time-entry index (where the client sorts after every entry)
 *   are read in one Query from 14 hours before the month's UTC start, which reads every entry since: for a
 *   month more than about two months back that is too much, and the client is read first.
 * - a billing invoice's entries (2): one Query of the billing index (gsi4) reads the invoice and its
 *   entries in invoice order. +1 when entries name work items (their titles); +1 for a page the index
 *   cannot give: one of a void invoice (its entries are released, read as they now are), one beyond the
 *   first 250 entries, or one the eventually consistent index does not hold yet; +2 for an invoice
 *   billed before the index existed.
 * - a billing invoice's PDF and CSV (2): the same index gives the invoice, its parties (the client, the
 *   firm and the agents as they were at the run, kept beside the invoice) and every entry, one Query per
 *   1 MB (about 2,000 entries). +1 for work-item titles; +1 for a void invoice (its released entries by
 *   key, per 100); +2 for an invoice billed before the index.
 * - billing run (11) and void (8): the client's billing lock, the numbered invoice written as
 *   `building`, the entries marked in chunks and the finishing transaction (exactly once, beyond 100
 *   items; docs/data-model.md "Billing").
 * - stop the timer (3): +1 when the client's zone or budget changed while it ran (the copy kept on the
 *   timer fails its ConditionCheck and the client is read), or when it ran past yesterday (UTC) so the
 *   entry lands on days not read with the timer.
 * - a change that moves a time entry's span or client (4; the positive control changes the note: 3): the
 *   days it lands on must be read for the overlap check and written conditional on the version read, and
 *   their keys (the entry's person) and the client's zone (the new usage month) are known only once the
 *   entry is read. Sparing that read would mean guessing the person and keeping the client's zone on the
 *   entry behind a ConditionCheck, as the timer does.
 * - delete a time entry (3): the entry is read, then one transaction: the entry (conditional on its
 *   version), each of its days by a blind REMOVE of its interval (days keep intervals keyed by entry;
 *   removing time cannot make an overlap, and the day's version moves on so a writer that read it
 *   retries), the usage month the entry recorded it was counted in, and the audit record. +1 for an
 *   entry written before it recorded that month (its client is read for the zone, with its days), +2
 *   for a day still stored as a list (the blind update fails its condition; the days are read and
 *   rewritten).
 * - record time for a client with a monthly budget (+1, and +1 per threshold crossed): the usage counter
 *   is read after the write, so that a crossing is decided on the month's true total even when two
 *   entries race (a read before the write could miss it, unless every budgeted write were conditional
 *   on the counter, which would make concurrent entries for one client retry each other).
 * - change a member's role, client or active flag (4; a rename: 3): the local identity provider's record
 *   is one more write (an UpdateItem; Cognito's own API in AWS, no DynamoDB call), and an agent who
 *   leaves reads the assignment lists they leave (+1).
 * - replace assignments (3): +1 when an agent leaves the list, since who leaves is known only from the
 *   list read (client, list and the joining agents share one BatchGetItem).
 * - create a payroll run (3): +1 the first time (no employee yet) or once after the client's currency
 *   changed. The run is priced in the currency payroll keeps beside the employees (one Query reads both),
 *   proved still the client's by a ConditionCheck in the run's transaction; failing that, the client is read.
 * - change a ticket opened before its queue's terms were kept on it (+1 for a new priority: the queue).
 * Not measured here: a POST sent with an Idempotency-Key adds two calls (the claim, which hands back
 * the record when the key is taken, and the recorded response; core/idempotency.ts). An owner's or
 * manager's list that comes back empty reads the client as well, so that a made-up client still answers 404 (the test allows that one call for an empty
 * page), and so do another member's time list and timesheet when empty (the member, likewise), and a
 * ticket's messages and a batch's records when empty (the ticket or the batch, for every role). A batch
 * list with a `status` filter reads on (up to 10 Query calls) until its page is full or the batches end, and
 * a CSV export of a batch past 1,000 records or 1 MB takes a Query per further page.
 * Creating an invoice that loses the race for its number draws one with an atomic ADD and writes again
 * (+2).
 */
export interface CallBudget {
  name: string;
  budget: number;
  minimum: number;
}

export const CALL_BUDGETS: Record<string, CallBudget> = {
  'GET /api/health': { name: 'health', budget: 0, minimum: 0 },
  'POST /api/auth/login': { name: 'sign in with the local identity provider', budget: 3, minimum: 3 },
  'POST /api/signup': { name: 'create a new firm', budget: 2, minimum: 2 },
  'GET /api/me': { name: 'who am I', budget: 2, minimum: 2 },
  'GET /api/members': { name: 'list members', budget: 2, minimum: 2 },
  'POST /api/members': { name: 'invite an agent, manager, owner or client reviewer', budget: 3, minimum: 3 },
  'GET /api/members/{userId}': { name: 'get a member', budget: 2, minimum: 2 },
  'PATCH /api/members/{userId}': { name: 'rename, change role, or deactivate a member', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/assignments': { name: 'get assignments', budget: 2, minimum: 2 },
  'PUT /api/clients/{clientId}/assignments': { name: 'replace a client’s assigned agents', budget: 3, minimum: 3 },
  'GET /api/clients': { name: 'list clients', budget: 2, minimum: 2 },
  'POST /api/clients': { name: 'create a client', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}': { name: 'get a client', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}': { name: 'update a client', budget: 3, minimum: 3 },
  'GET /api/timer': { name: 'your running timer, if any', budget: 2, minimum: 2 },
  'POST /api/timer/start': { name: 'start your timer on a client', budget: 3, minimum: 3 },
  'POST /api/timer/stop': { name: 'stop your timer into an open time entry', budget: 3, minimum: 3 },
  'GET /api/time-entries': { name: 'list a client’s time', budget: 2, minimum: 2 },
  'POST /api/time-entries': { name: 'record time', budget: 3, minimum: 3 },
  'POST /api/time-entries/submit': { name: 'submit time', budget: 3, minimum: 3 },
  'POST /api/time-entries/approve': { name: 'approve submitted entries', budget: 3, minimum: 3 },
  'POST /api/time-entries/reject': { name: 'send submitted entries back to open with a reason', budget: 3, minimum: 3 },
  'POST /api/time-entries/client-approve': { name: 'sign off approved entries', budget: 3, minimum: 3 },
  'POST /api/time-entries/dispute': { name: 'dispute approved entries with a reason', budget: 3, minimum: 3 },
  'POST /api/time-entries/resolve': { name: 'resolve disputed entries', budget: 3, minimum: 3 },
  'GET /api/time-entries/{entryId}': { name: 'get a time entry', budget: 2, minimum: 2 },
  'PATCH /api/time-entries/{entryId}': { name: 'change an entry', budget: 3, minimum: 3 },
  'DELETE /api/time-entries/{entryId}': { name: 'delete an entry', budget: 3, minimum: 3 },
  'GET /api/timesheet': { name: 'a week of time', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/usage': { name: 'usage for a month', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/rates': { name: 'rate card in force', budget: 2, minimum: 2 },
  'PUT /api/clients/{clientId}/rates': { name: 'set the rate card in force from `effectiveFrom`', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/billing-invoices': { name: 'list billing invoices', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/billing-invoices': { name: 'run billing for a period', budget: 11, minimum: 11 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}': { name: 'get a billing invoice', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries': { name: 'a billing invoice’s entries', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue': { name: 'issue a draft', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/void': { name: 'void a draft or issued invoice', budget: 8, minimum: 8 },
  'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment': { name: 'record a payment', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/export.csv': { name: 'billing invoice CSV', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/invoices': { name: 'list invoices', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/invoices': { name: 'create an invoice', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/invoices/{invoiceId}': { name: 'get an invoice', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}/invoices/{invoiceId}': { name: 'edit a draft invoice', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/submit': { name: 'submit an invoice', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/approve': { name: 'approve', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/reject': { name: 'reject with a reason', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/send': { name: 'mark as sent to the customer', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/record-payment': { name: 'record a payment', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/invoices/{invoiceId}/void': { name: 'void', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/customers': { name: 'the client’s remembered customers, by name', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf': { name: 'billing invoice PDF', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/invoices/{invoiceId}/pdf': { name: 'the invoice as a PDF', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/employees': { name: 'list a client’s employees', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/employees': { name: 'add an employee of the client', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/employees/{employeeId}': { name: 'get an employee', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}/employees/{employeeId}': { name: 'change an employee', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/payroll-runs': { name: 'list a client’s payroll runs, newest first', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/payroll-runs': { name: 'create a draft payroll run for a pay period', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/payroll-runs/{runId}': { name: 'get a payroll run', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}/payroll-runs/{runId}': { name: 'set hours on a draft run’s lines', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/payroll-runs/{runId}/submit': { name: 'submit for the client’s approval', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/payroll-runs/{runId}/approve': { name: 'approve', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/payroll-runs/{runId}/reject': { name: 'reject with a reason', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/payroll-runs/{runId}/mark-paid': { name: 'mark as paid', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/payroll-runs/{runId}/payslips.csv': { name: 'payslips as CSV', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/payroll-runs/{runId}/bank-export.csv': { name: 'bank transfers as CSV', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/comments': { name: 'comments on a work item', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/comments': { name: 'comment on a work item of the client', budget: 3, minimum: 3 },
  'GET /api/audit': { name: 'audit trail', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/documents': { name: 'a client’s documents, newest first', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/documents': { name: 'register a document and get a presigned upload URL', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/documents/{documentId}': { name: 'a document and a presigned download URL', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/batches': { name: 'a client’s data-entry batches, newest first', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/batches': { name: 'open a batch with its field schema and source documents', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/batches/{batchId}': { name: 'get a batch', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}/batches/{batchId}': { name: 'update a batch', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/batches/{batchId}/records': { name: 'a batch’s records in keying order', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/batches/{batchId}/records': { name: 'key a record into an open batch', budget: 3, minimum: 3 },
  'PATCH /api/clients/{clientId}/batches/{batchId}/records/{recordId}': { name: 'QA a record', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/batches/{batchId}/submit': { name: 'pass a batch on', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/batches/{batchId}/approve': { name: 'accept a batch', budget: 3, minimum: 3 },
  'POST /api/clients/{clientId}/batches/{batchId}/reject': { name: 'send a batch back to open with a reason', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/batches/{batchId}/export.csv': { name: 'the batch as CSV', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/quality': { name: 'QA accuracy per agent and month', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/queues': { name: 'a client’s support queues', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/queues': { name: 'open a queue', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/queues/{queueId}': { name: 'a queue and its SLA policy', budget: 2, minimum: 2 },
  'GET /api/clients/{clientId}/tickets': { name: 'list tickets', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/tickets': { name: 'open a ticket in a queue', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/tickets/{ticketId}': { name: 'get a ticket', budget: 2, minimum: 2 },
  'PATCH /api/clients/{clientId}/tickets/{ticketId}': { name: 'change status, priority or assignee', budget: 3, minimum: 3 },
  'GET /api/clients/{clientId}/tickets/{ticketId}/messages': { name: 'a ticket’s thread, oldest first', budget: 2, minimum: 2 },
  'POST /api/clients/{clientId}/tickets/{ticketId}/messages': { name: 'reply', budget: 3, minimum: 3 },
};
