import * as z from 'zod/mini';
import { createRoute } from '../core/module-app.ts';
import { authenticate } from '../core/auth.ts';
import { createModuleApp } from '../core/http.ts';
import { idempotent } from '../core/idempotency.ts';
import { authedErrors, IdempotencyHeaders, jsonBody, jsonContent, ListQuerySchema, pageOf } from '../core/openapi.ts';
import {
  CreateEmployeeSchema,
  CreatePayrollRunSchema,
  EmployeeListQuerySchema,
  EmployeeSchema,
  NOT_A_TAX_ENGINE,
  PayrollListQuerySchema,
  PayrollMoveSchema,
  PayrollRejectSchema,
  PayrollRunSchema,
  UpdateEmployeeSchema,
  UpdatePayrollRunSchema,
} from './schemas.ts';
import * as payroll from './service.ts';

const ClientParams = z.object({ clientId: z.string().check(z.meta({ param: { name: 'clientId', in: 'path' } })) });
const EmployeeParams = z.extend(ClientParams, {
  employeeId: z.string().check(z.meta({ param: { name: 'employeeId', in: 'path' } })),
});
const RunParams = z.extend(ClientParams, { runId: z.string().check(z.meta({ param: { name: 'runId', in: 'path' } })) });

const csvContent = (description: string) => ({
  description,
  content: { 'text/csv': { schema: z.string().check(z.meta({ description: 'RFC 4180 CSV with a header row' })) } },
});

export const payrollRoutes = createModuleApp();
payrollRoutes.use(authenticate, idempotent);

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/employees',
    tags: ['Payroll'],
    summary: "List a client's employees",
    request: { params: ClientParams, query: z.extend(ListQuerySchema, EmployeeListQuerySchema.shape) },
    responses: {
      200: jsonContent(pageOf(EmployeeSchema, 'EmployeePage'), 'A page of employees'),
      ...authedErrors(400, 403, 404),
    },
  }),
  async (c) => c.json(await payroll.listEmployees(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

payrollRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/employees',
    tags: ['Payroll'],
    summary: 'Add an employee of the client (agent, manager, owner)',
    description: `Hourly (rateMinor per hour) or salaried (rateMinor per pay period), with recurring deductions. ${NOT_A_TAX_ENGINE}`,
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreateEmployeeSchema) },
    responses: { 201: jsonContent(EmployeeSchema, 'The new employee'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await payroll.createEmployee(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/employees/{employeeId}',
    tags: ['Payroll'],
    summary: 'Get an employee',
    request: { params: EmployeeParams },
    responses: { 200: jsonContent(EmployeeSchema, 'The employee'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, employeeId } = c.req.valid('param');
    return c.json(await payroll.getEmployee(c.get('ctx'), clientId, employeeId), 200);
  },
);

payrollRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/employees/{employeeId}',
    tags: ['Payroll'],
    summary: 'Change an employee (agent, manager, owner); `version` must be current',
    description: `Applies to payroll runs created afterwards; an existing run keeps the terms it was created with. ${NOT_A_TAX_ENGINE}`,
    request: { params: EmployeeParams, body: jsonBody(UpdateEmployeeSchema) },
    responses: {
      200: jsonContent(EmployeeSchema, 'The employee as they now are'),
      ...authedErrors(400, 403, 404, 409, 413, 415),
    },
  }),
  async (c) => {
    const { clientId, employeeId } = c.req.valid('param');
    return c.json(await payroll.updateEmployee(c.get('ctx'), clientId, employeeId, c.req.valid('json')), 200);
  },
);

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/payroll-runs',
    tags: ['Payroll'],
    summary: "List a client's payroll runs, newest first",
    request: { params: ClientParams, query: z.extend(ListQuerySchema, PayrollListQuerySchema.shape) },
    responses: {
      200: jsonContent(pageOf(PayrollRunSchema, 'PayrollRunPage'), 'A page of payroll runs'),
      ...authedErrors(400, 403, 404),
    },
  }),
  async (c) => c.json(await payroll.listRuns(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('query')), 200),
);

payrollRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/api/clients/{clientId}/payroll-runs',
    tags: ['Payroll'],
    summary: 'Create a draft payroll run for a pay period (agent, manager, owner)',
    description:
      'One line per active employee, hours 0 until set with PATCH. Gross is round_half_up(hours × rateMinor) for hourly ' +
      'employees and rateMinor for salaried ones; each deduction is round_half_up(gross × percentBps / 10000) or its fixed ' +
      `amount; net is gross less deductions, never below zero. ${NOT_A_TAX_ENGINE}`,
    request: { params: ClientParams, headers: IdempotencyHeaders, body: jsonBody(CreatePayrollRunSchema) },
    responses: { 201: jsonContent(PayrollRunSchema, 'The new draft run'), ...authedErrors(400, 403, 404, 409, 413, 415, 422) },
  }),
  async (c) => c.json(await payroll.createRun(c.get('ctx'), c.req.valid('param').clientId, c.req.valid('json')), 201),
);

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/payroll-runs/{runId}',
    tags: ['Payroll'],
    summary: 'Get a payroll run',
    request: { params: RunParams },
    responses: { 200: jsonContent(PayrollRunSchema, 'The payroll run'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, runId } = c.req.valid('param');
    return c.json(await payroll.getRun(c.get('ctx'), clientId, runId), 200);
  },
);

payrollRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/api/clients/{clientId}/payroll-runs/{runId}',
    tags: ['Payroll'],
    summary: "Set hours on a draft run's lines (agent, manager, owner); `version` must be current",
    description: `Only a draft can be edited (409 otherwise). Every amount is computed again by the server. ${NOT_A_TAX_ENGINE}`,
    request: { params: RunParams, body: jsonBody(UpdatePayrollRunSchema) },
    responses: { 200: jsonContent(PayrollRunSchema, 'The run as it now is'), ...authedErrors(400, 403, 404, 409, 413, 415) },
  }),
  async (c) => {
    const { clientId, runId } = c.req.valid('param');
    return c.json(await payroll.updateRun(c.get('ctx'), clientId, runId, c.req.valid('json')), 200);
  },
);

const MOVES = [
  {
    action: 'submit',
    schema: PayrollMoveSchema,
    summary: "Submit for the client's approval (agent, manager, owner): draft → pending_approval",
  },
  { action: 'approve', schema: PayrollMoveSchema, summary: "Approve (the client's reviewer): pending_approval → approved" },
  {
    action: 'reject',
    schema: PayrollRejectSchema,
    summary: "Reject with a reason (the client's reviewer): pending_approval → draft",
  },
  { action: 'mark-paid', schema: PayrollMoveSchema, summary: 'Mark as paid (manager, owner): approved → paid' },
] as const;

for (const move of MOVES) {
  const required = move.action === 'reject';
  payrollRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/api/clients/{clientId}/payroll-runs/{runId}/${move.action}`,
      tags: ['Payroll'],
      summary: move.summary,
      description: 'Any other move from the current state answers 409 (`invalid_transition`); a role that may not make it, 403.',
      request: {
        params: RunParams,
        headers: IdempotencyHeaders,
        body: required ? jsonBody(move.schema) : { required: false, content: { 'application/json': { schema: move.schema } } },
      },
      responses: {
        200: jsonContent(PayrollRunSchema, 'The run as it now is'),
        ...authedErrors(400, 403, 404, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { clientId, runId } = c.req.valid('param');
      const body = (c.req.valid('json') ?? {}) as payroll.PayrollMoveInput;
      return c.json(await payroll.moveRun(c.get('ctx'), clientId, runId, move.action, body), 200);
    },
  );
}

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/payroll-runs/{runId}/payslips.csv',
    tags: ['Payroll'],
    summary: 'Payslips as CSV: a row per line',
    description: `Hours, rate, gross, each deduction, total deductions and net per employee, amounts in major units. ${NOT_A_TAX_ENGINE}`,
    request: { params: RunParams },
    responses: { 200: csvContent('The payslips'), ...authedErrors(404) },
  }),
  async (c) => {
    const { clientId, runId } = c.req.valid('param');
    const { csv, fileName } = await payroll.payslipsCsv(c.get('ctx'), clientId, runId);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    });
  },
);

payrollRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/api/clients/{clientId}/payroll-runs/{runId}/bank-export.csv',
    tags: ['Payroll'],
    summary: 'Bank transfers as CSV: employee, net amount, pay date (approved or paid runs)',
    description: 'One row per employee with a net above zero. A run not yet approved answers 409.',
    request: { params: RunParams },
    responses: { 200: csvContent('The transfers'), ...authedErrors(404, 409) },
  }),
  async (c) => {
    const { clientId, runId } = c.req.valid('param');
    const { csv, fileName } = await payroll.bankExportCsv(c.get('ctx'), clientId, runId);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    });
  },
);
