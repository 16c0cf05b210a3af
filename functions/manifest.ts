import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * One Lambda function per module and the API Gateway routes it serves. The CDK API construct and
 * the local gateway both read this list, so a route added here exists in AWS and on a laptop alike.
 * Public routes carry no JWT authorizer; every other route requires a verified token.
 */
export interface ModuleDefinition {
  name: string;
  /** Path of the handler file from the project root (the esbuild entry). */
  entry: string;
  load: () => Promise<{ handler: LambdaHandler }>;
  routes: string[];
  public?: true;
  /**
   * Files (from the project root) that go beside the bundle, read at run time: data the function
   * serves as it is, which has no business being parsed as code at every cold start.
   */
  assets?: string[];
}

export const modules: ModuleDefinition[] = [
  {
    name: 'control-plane',
    entry: 'functions/control-plane/handler.ts',
    load: () => import('./control-plane/handler.ts'),
    routes: ['GET /api/health', 'POST /api/auth/login', 'POST /api/signup'],
    public: true,
  },
  {
    name: 'api-docs',
    entry: 'functions/api-docs/handler.ts',
    load: () => import('./api-docs/handler.ts'),
    routes: ['GET /api/openapi.json', 'GET /api/docs'],
    public: true,
    assets: ['functions/api-docs/openapi.json'],
  },
  {
    name: 'members',
    entry: 'functions/members/handler.ts',
    load: () => import('./members/handler.ts'),
    routes: [
      'GET /api/me',
      'GET /api/members',
      'POST /api/members',
      'GET /api/members/{userId}',
      'PATCH /api/members/{userId}',
      'GET /api/clients/{clientId}/assignments',
      'PUT /api/clients/{clientId}/assignments',
    ],
  },
  {
    name: 'clients',
    entry: 'functions/clients/handler.ts',
    load: () => import('./clients/handler.ts'),
    routes: ['GET /api/clients', 'POST /api/clients', 'GET /api/clients/{clientId}', 'PATCH /api/clients/{clientId}'],
  },
  {
    name: 'time',
    entry: 'functions/time/handler.ts',
    load: () => import('./time/handler.ts'),
    routes: [
      'GET /api/timer',
      'POST /api/timer/start',
      'POST /api/timer/stop',
      'GET /api/time-entries',
      'POST /api/time-entries',
      'POST /api/time-entries/submit',
      'POST /api/time-entries/approve',
      'POST /api/time-entries/reject',
      'POST /api/time-entries/client-approve',
      'POST /api/time-entries/dispute',
      'POST /api/time-entries/resolve',
      'GET /api/time-entries/{entryId}',
      'PATCH /api/time-entries/{entryId}',
      'DELETE /api/time-entries/{entryId}',
      'GET /api/timesheet',
      'GET /api/clients/{clientId}/usage',
    ],
  },
  {
    name: 'billing',
    entry: 'functions/billing/handler.ts',
    load: () => import('./billing/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/rates',
      'PUT /api/clients/{clientId}/rates',
      'GET /api/clients/{clientId}/billing-invoices',
      'POST /api/clients/{clientId}/billing-invoices',
      'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}',
      'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries',
      'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue',
      'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/void',
      'POST /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment',
      'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/export.csv',
    ],
  },
  {
    name: 'invoices',
    entry: 'functions/invoices/handler.ts',
    load: () => import('./invoices/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/invoices',
      'POST /api/clients/{clientId}/invoices',
      'GET /api/clients/{clientId}/invoices/{invoiceId}',
      'PATCH /api/clients/{clientId}/invoices/{invoiceId}',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/submit',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/approve',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/reject',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/send',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/record-payment',
      'POST /api/clients/{clientId}/invoices/{invoiceId}/void',
      'GET /api/clients/{clientId}/customers',
    ],
  },
  {
    name: 'invoice-pdfs',
    entry: 'functions/invoice-pdfs/handler.ts',
    load: () => import('./invoice-pdfs/handler.ts'),
    routes: ['GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf', 'GET /api/clients/{clientId}/invoices/{invoiceId}/pdf'],
  },
  {
    name: 'payroll',
    entry: 'functions/payroll/handler.ts',
    load: () => import('./payroll/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/employees',
      'POST /api/clients/{clientId}/employees',
      'GET /api/clients/{clientId}/employees/{employeeId}',
      'PATCH /api/clients/{clientId}/employees/{employeeId}',
      'GET /api/clients/{clientId}/payroll-runs',
      'POST /api/clients/{clientId}/payroll-runs',
      'GET /api/clients/{clientId}/payroll-runs/{runId}',
      'PATCH /api/clients/{clientId}/payroll-runs/{runId}',
      'POST /api/clients/{clientId}/payroll-runs/{runId}/submit',
      'POST /api/clients/{clientId}/payroll-runs/{runId}/approve',
      'POST /api/clients/{clientId}/payroll-runs/{runId}/reject',
      'POST /api/clients/{clientId}/payroll-runs/{runId}/mark-paid',
      'GET /api/clients/{clientId}/payroll-runs/{runId}/payslips.csv',
      'GET /api/clients/{clientId}/payroll-runs/{runId}/bank-export.csv',
    ],
  },
  {
    name: 'activity',
    entry: 'functions/activity/handler.ts',
    load: () => import('./activity/handler.ts'),
    routes: ['GET /api/clients/{clientId}/comments', 'POST /api/clients/{clientId}/comments', 'GET /api/audit'],
  },
  {
    name: 'documents',
    entry: 'functions/documents/handler.ts',
    load: () => import('./documents/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/documents',
      'POST /api/clients/{clientId}/documents',
      'GET /api/clients/{clientId}/documents/{documentId}',
    ],
  },
  {
    name: 'data-entry',
    entry: 'functions/data-entry/handler.ts',
    load: () => import('./data-entry/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/batches',
      'POST /api/clients/{clientId}/batches',
      'GET /api/clients/{clientId}/batches/{batchId}',
      'PATCH /api/clients/{clientId}/batches/{batchId}',
      'GET /api/clients/{clientId}/batches/{batchId}/records',
      'POST /api/clients/{clientId}/batches/{batchId}/records',
      'PATCH /api/clients/{clientId}/batches/{batchId}/records/{recordId}',
      'POST /api/clients/{clientId}/batches/{batchId}/submit',
      'POST /api/clients/{clientId}/batches/{batchId}/approve',
      'POST /api/clients/{clientId}/batches/{batchId}/reject',
      'GET /api/clients/{clientId}/batches/{batchId}/export.csv',
      'GET /api/clients/{clientId}/quality',
    ],
  },
  {
    name: 'support',
    entry: 'functions/support/handler.ts',
    load: () => import('./support/handler.ts'),
    routes: [
      'GET /api/clients/{clientId}/queues',
      'POST /api/clients/{clientId}/queues',
      'GET /api/clients/{clientId}/queues/{queueId}',
      'GET /api/clients/{clientId}/tickets',
      'POST /api/clients/{clientId}/tickets',
      'GET /api/clients/{clientId}/tickets/{ticketId}',
      'PATCH /api/clients/{clientId}/tickets/{ticketId}',
      'GET /api/clients/{clientId}/tickets/{ticketId}/messages',
      'POST /api/clients/{clientId}/tickets/{ticketId}/messages',
    ],
  },
];

/**
 * Functions run on a schedule rather than behind a route: an EventBridge rule each in AWS (the CDK app
 * reads this list), an interval in `npm start`.
 */
export interface ScheduledFunctionDefinition {
  name: string;
  entry: string;
  /** An EventBridge schedule expression. */
  schedule: string;
  load: () => Promise<{ handler: (event?: { time?: string }) => Promise<unknown> }>;
}

export const scheduledFunctions: ScheduledFunctionDefinition[] = [
  {
    name: 'sla-sweep',
    entry: 'functions/support/sla-sweep.ts',
    schedule: 'rate(1 minute)',
    load: () => import('./support/sla-sweep.ts'),
  },
];
