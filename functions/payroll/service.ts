import { findClient } from '../clients/repository.ts';
import { listUnderClient } from '../clients/service.ts';
import type { Role, TenantContext } from '../core/context.ts';
import { toCsv } from '../core/csv.ts';
import type { WriteOp } from '../core/db.ts';
import { Conflict, Invalid, NotFound } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { computePay, formatBps, sumMinor, toDecimalString } from '../core/money.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ADMIN_ROLES, ALL_ROLES, authorize, FIRM_ROLES, type PermissionTable } from '../core/policy.ts';
import * as repository from './repository.ts';
import type {
  CreateEmployeeInput,
  CreatePayrollRunInput,
  Employee,
  PayrollLine,
  PayrollRun,
  PayrollStatus,
  UpdateEmployeeInput,
  UpdatePayrollRunInput,
} from './schemas.ts';

export const payrollPermissions = {
  listEmployees: ALL_ROLES,
  readEmployee: ALL_ROLES,
  createEmployee: FIRM_ROLES,
  updateEmployee: FIRM_ROLES,
  listRuns: ALL_ROLES,
  readRun: ALL_ROLES,
  createRun: FIRM_ROLES,
  editRun: FIRM_ROLES,
  payslips: ALL_ROLES,
  bankExport: ALL_ROLES,
} as const satisfies PermissionTable<string>;

export type PayrollAction = 'submit' | 'approve' | 'reject' | 'mark-paid';

interface Transition {
  action: PayrollAction;
  from: readonly PayrollStatus[];
  to: PayrollStatus;
  roles: readonly Role[];
}

/** The payroll lifecycle (DESIGN.md, "Payroll"). Other moves answer 409; a role not listed, 403. */
export const PAYROLL_TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft'], to: 'pending_approval', roles: FIRM_ROLES },
  { action: 'approve', from: ['pending_approval'], to: 'approved', roles: ['client'] },
  { action: 'reject', from: ['pending_approval'], to: 'draft', roles: ['client'] },
  { action: 'mark-paid', from: ['approved'], to: 'paid', roles: ADMIN_ROLES },
];

const EDITABLE: readonly PayrollStatus[] = ['draft'];
/** A bank file is made only for pay the client has approved. */
const BANK_EXPORTABLE: readonly PayrollStatus[] = ['approved', 'paid'];
/** One run is one DynamoDB item (400 KB at most); this many lines fit with room to spare. */
const MAX_LINES = 500;

const versionConflict = (what: string) => new Conflict(`This ${what} was changed by someone else; reload it and try again`, 'version_conflict');

async function visibleClient(ctx: TenantContext, clientId: string, roles: readonly Role[]) {
  authorize(ctx, roles, clientId);
  const client = await findClient(ctx, clientId);
  if (!client) throw new NotFound('Client');
  return client;
}

// Employees

export async function createEmployee(ctx: TenantContext, clientId: string, input: CreateEmployeeInput): Promise<Employee> {
  const client = await visibleClient(ctx, clientId, payrollPermissions.createEmployee);
  const now = nowIso();
  const employee: Employee = { id: newId(), clientId, ...input, createdAt: now, updatedAt: now, version: 1 };
  if (!input.email) delete employee.email;
  // The client was just read: its terms go with the employee, for the next run to find without reading it.
  await repository.saveEmployee(
    ctx,
    undefined,
    employee,
    { action: 'employee.create', entity: 'employee', entityId: employee.id, clientId, after: employee },
    [repository.payrollTermsOp(ctx, clientId, { currency: client.currency })],
  );
  return employee;
}

export async function getEmployee(ctx: TenantContext, clientId: string, employeeId: string): Promise<Employee> {
  authorize(ctx, payrollPermissions.readEmployee, clientId);
  const employee = await repository.findEmployee(ctx, clientId, employeeId);
  if (!employee) throw new NotFound('Employee');
  return employee;
}

export async function listEmployees(
  ctx: TenantContext,
  clientId: string,
  query: { limit: number; cursor?: string | undefined; active?: 'true' | 'false' | undefined },
): Promise<Page<Employee>> {
  authorize(ctx, payrollPermissions.listEmployees, clientId);
  const binding = queryBinding(`clients/${clientId}/employees`, { active: query.active });
  const active = query.active === undefined ? undefined : query.active === 'true';
  return listUnderClient(ctx, clientId, async () => {
    const { employees, lastKey } = await repository.listEmployees(ctx, clientId, active, query.limit, decodeCursor(ctx, binding, query.cursor));
    return { items: employees, nextCursor: encodeCursor(ctx, binding, lastKey) };
  });
}

/** A change to an employee applies to runs created after it; a run keeps the terms it was created with. */
export async function updateEmployee(ctx: TenantContext, clientId: string, employeeId: string, input: UpdateEmployeeInput): Promise<Employee> {
  const before = await getEmployee(ctx, clientId, employeeId);
  authorize(ctx, payrollPermissions.updateEmployee);
  const { version, email, ...changes } = input;
  if (before.version !== version) throw versionConflict('employee');
  const after: Employee = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    updatedAt: nowIso(),
    version: before.version + 1,
  };
  if (email === null) delete after.email;
  else if (email !== undefined) after.email = email;
  await repository.saveEmployee(ctx, before, after, {
    action: 'employee.update',
    entity: 'employee',
    entityId: employeeId,
    clientId,
    before,
    after,
  });
  return after;
}

// Payroll runs

function payLine(employee: Employee, hours: number): PayrollLine {
  return {
    employeeId: employee.id,
    name: employee.name,
    ...(employee.email ? { email: employee.email } : {}),
    payType: employee.payType,
    rateMinor: employee.rateMinor,
    hours,
    ...computePay({ payType: employee.payType, rateMinor: employee.rateMinor, hours, deductions: employee.deductions }),
  };
}

/** A line recomputed for new hours from the terms it was created with. */
function repriced(line: PayrollLine, hours: number): PayrollLine {
  const deductions = line.deductions.map((deduction) =>
    deduction.percentBps !== undefined
      ? { name: deduction.name, percentBps: deduction.percentBps }
      : { name: deduction.name, amountMinor: deduction.amountMinor },
  );
  return { ...line, hours, ...computePay({ payType: line.payType, rateMinor: line.rateMinor, hours, deductions }) };
}

function totals(lines: PayrollLine[]) {
  return {
    grossMinor: sumMinor(lines.map((line) => line.grossMinor)),
    deductionsMinor: sumMinor(lines.map((line) => line.deductionsMinor)),
    netMinor: sumMinor(lines.map((line) => line.netMinor)),
  };
}

/** A draft with one line per active employee, hours 0 until set by PATCH (salaried lines are paid their rate). */
export async function createRun(ctx: TenantContext, clientId: string, input: CreatePayrollRunInput): Promise<PayrollRun> {
  authorize(ctx, payrollPermissions.createRun, clientId);
  const roster = await repository.readRoster(ctx, clientId, MAX_LINES);
  if (roster.employees.length > MAX_LINES) {
    throw new Conflict(`A payroll run holds at most ${MAX_LINES} employees`, 'too_many_employees');
  }
  const lines = roster.employees.sort((a, b) => a.name.localeCompare(b.name)).map((employee) => payLine(employee, 0));
  const now = nowIso();
  const draft = (currency: string): PayrollRun => ({
    id: newId(),
    clientId,
    status: 'draft',
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    payDate: input.payDate,
    currency,
    lines,
    ...totals(lines),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  const save = (run: PayrollRun, alsoWrite: WriteOp[]) =>
    repository.saveRun(ctx, undefined, run, { action: 'payroll_run.create', entity: 'payroll_run', entityId: run.id, clientId, after: run }, alsoWrite);
  if (roster.terms) {
    // Priced in the currency payroll last saw, which the transaction proves is still the client's.
    const run = draft(roster.terms.currency);
    try {
      await save(run, [repository.clientCurrencyCheck(ctx, clientId, run.currency, () => new ClientCurrencyChanged())]);
      return run;
    } catch (error) {
      if (!(error instanceof ClientCurrencyChanged)) throw error;
    }
  }
  // No terms yet, or the client's currency changed (or the client is not there): read the client.
  const client = await visibleClient(ctx, clientId, payrollPermissions.createRun);
  const run = draft(client.currency);
  await save(run, [repository.payrollTermsOp(ctx, clientId, { currency: client.currency })]);
  return run;
}

/** The client's currency changed since payroll last stored it: the run reads the client after all. */
class ClientCurrencyChanged extends Conflict {
  constructor() {
    super("The client's currency changed", 'client_changed');
  }
}

export async function getRun(ctx: TenantContext, clientId: string, runId: string): Promise<PayrollRun> {
  authorize(ctx, payrollPermissions.readRun, clientId);
  const run = await repository.findRun(ctx, clientId, runId);
  if (!run) throw new NotFound('Payroll run');
  return run;
}

export async function listRuns(
  ctx: TenantContext,
  clientId: string,
  query: { limit: number; cursor?: string | undefined; status?: PayrollStatus | undefined },
): Promise<Page<PayrollRun>> {
  authorize(ctx, payrollPermissions.listRuns, clientId);
  const binding = queryBinding(`clients/${clientId}/payroll-runs`, { status: query.status });
  return listUnderClient(ctx, clientId, async () => {
    const { runs, lastKey } = await repository.listRuns(ctx, clientId, query.status, query.limit, decodeCursor(ctx, binding, query.cursor));
    return { items: runs, nextCursor: encodeCursor(ctx, binding, lastKey) };
  });
}

/** Sets hours on a draft's lines; every line named must be on the run (400 names each one that is not). */
export async function updateRun(ctx: TenantContext, clientId: string, runId: string, input: UpdatePayrollRunInput): Promise<PayrollRun> {
  const before = await getRun(ctx, clientId, runId);
  authorize(ctx, payrollPermissions.editRun);
  if (before.version !== input.version) throw versionConflict('payroll run');
  if (!EDITABLE.includes(before.status)) {
    throw new Conflict(`A ${before.status} payroll run cannot be edited; only a draft can`, 'invalid_transition');
  }
  const onRun = new Set(before.lines.map((line) => line.employeeId));
  const issues = input.lines.flatMap((line, index) =>
    onRun.has(line.employeeId) ? [] : [{ field: `lines.${index}.employeeId`, message: 'Not an employee on this run' }],
  );
  if (issues.length > 0) throw new Invalid('Some lines are not on this run', issues);
  const hours = new Map(input.lines.map((line) => [line.employeeId, line.hours]));
  const lines = before.lines.map((line) => {
    const newHours = hours.get(line.employeeId);
    return newHours === undefined ? line : repriced(line, newHours);
  });
  const after: PayrollRun = { ...before, lines, ...totals(lines), updatedAt: nowIso(), version: before.version + 1 };
  await repository.saveRun(ctx, before, after, { action: 'payroll_run.update', entity: 'payroll_run', entityId: runId, clientId, before, after });
  return after;
}

export interface PayrollMoveInput {
  version?: number | undefined;
  reason?: string | undefined;
}

function applyMove(ctx: TenantContext, action: PayrollAction, input: PayrollMoveInput, now: string): Partial<PayrollRun> {
  switch (action) {
    case 'submit':
      return { submittedAt: now };
    case 'approve':
      return { approvedAt: now, approvedBy: ctx.userId };
    case 'reject':
      return { rejectionReason: input.reason ?? '' };
    case 'mark-paid':
      return { paidAt: now };
  }
}

/** Visible (404), the role may (403), current (409 version_conflict), allowed from this state (409 invalid_transition). */
export async function moveRun(ctx: TenantContext, clientId: string, runId: string, action: PayrollAction, input: PayrollMoveInput): Promise<PayrollRun> {
  const transition = PAYROLL_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!transition) throw new NotFound('Action');
  const before = await getRun(ctx, clientId, runId);
  authorize(ctx, transition.roles);
  if (input.version !== undefined && input.version !== before.version) throw versionConflict('payroll run');
  if (!transition.from.includes(before.status)) {
    throw new Conflict(`A ${before.status} payroll run cannot be moved by ${action}`, 'invalid_transition');
  }
  const now = nowIso();
  const after: PayrollRun = {
    ...before,
    ...applyMove(ctx, action, input, now),
    status: transition.to,
    updatedAt: now,
    version: before.version + 1,
  };
  await repository.saveRun(ctx, before, after, {
    action: `payroll_run.${action}`,
    entity: 'payroll_run',
    entityId: runId,
    clientId,
    before,
    after,
  });
  return after;
}

function deductionDetail(line: PayrollLine, currency: string): string {
  return line.deductions
    .map((deduction) => {
      const rate = deduction.percentBps !== undefined ? ` ${formatBps(deduction.percentBps)}` : '';
      return `${deduction.name}${rate}: ${toDecimalString(deduction.amountMinor, currency)}`;
    })
    .join('; ');
}

/** A row per line; amounts in major units as exact decimals. */
export async function payslipsCsv(ctx: TenantContext, clientId: string, runId: string): Promise<{ csv: string; fileName: string }> {
  authorize(ctx, payrollPermissions.payslips, clientId);
  const run = await getRun(ctx, clientId, runId);
  const money = (minor: number) => toDecimalString(minor, run.currency);
  const csv = toCsv(
    [
      'period_start',
      'period_end',
      'pay_date',
      'employee_id',
      'employee_name',
      'employee_email',
      'pay_type',
      'hours',
      'rate',
      'gross',
      'deductions',
      'total_deductions',
      'net',
      'currency',
      'status',
    ],
    run.lines.map((line) => [
      run.periodStart,
      run.periodEnd,
      run.payDate,
      line.employeeId,
      line.name,
      line.email,
      line.payType,
      line.hours,
      money(line.rateMinor),
      money(line.grossMinor),
      deductionDetail(line, run.currency),
      money(line.deductionsMinor),
      money(line.netMinor),
      run.currency,
      run.status,
    ]),
  );
  return { csv, fileName: `payslips-${run.periodStart}-${run.periodEnd}.csv` };
}

/** A transfer per employee with pay to receive, for an approved or paid run only. */
export async function bankExportCsv(ctx: TenantContext, clientId: string, runId: string): Promise<{ csv: string; fileName: string }> {
  authorize(ctx, payrollPermissions.bankExport, clientId);
  const run = await getRun(ctx, clientId, runId);
  if (!BANK_EXPORTABLE.includes(run.status)) {
    throw new Conflict(`A bank file is made for an approved or paid run; this one is ${run.status}`, 'invalid_transition');
  }
  const csv = toCsv(
    ['employee_id', 'employee_name', 'employee_email', 'amount', 'currency', 'pay_date', 'reference'],
    run.lines
      .filter((line) => line.netMinor > 0)
      .map((line) => [
        line.employeeId,
        line.name,
        line.email,
        toDecimalString(line.netMinor, run.currency),
        run.currency,
        run.payDate,
        `Pay ${run.periodStart} to ${run.periodEnd}`,
      ]),
  );
  return { csv, fileName: `bank-transfers-${run.payDate}.csv` };
}
