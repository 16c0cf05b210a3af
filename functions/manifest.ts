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
      'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/pdf',
      'GET /api/clients/{clientId}/billing-invoices/{billingInvoiceId}/export.csv',
    ],
  },
];

/**
 * System functions run on a schedule rather than behind a route. Each deploys as a Lambda function
 * through the same wrapper as the modules, invoked by an EventBridge rule with a dead-letter queue.
 */
export interface ScheduledFunctionDefinition {
  name: string;
  /** Path of the handler file from the project root (the esbuild entry). */
  entry: string;
  /** An EventBridge schedule expression: `rate(1 minute)`, `cron(0 3 * * ? *)`. */
  schedule: string;
  load: () => Promise<{ handler: (event?: { time?: string }) => Promise<unknown> }>;
}

export const scheduledFunctions: ScheduledFunctionDefinition[] = [];
