import type { AuditEvent } from '../core/audit.ts';
import type { TenantContext } from '../core/context.ts';
import type { DomainError } from '../core/errors.ts';
import { getItem, type Item, queryItems, withoutKeys, type WriteOp, writeItems } from '../core/db.ts';
import { keys } from '../core/keys.ts';
import { workItemRecord } from '../core/work-items.ts';
import type { Employee, PayrollRun, PayrollStatus } from './schemas.ts';

export async function findEmployee(ctx: TenantContext, clientId: string, employeeId: string): Promise<Employee | undefined> {
  const item = await getItem(ctx, keys.employee(ctx, clientId, employeeId));
  return item ? withoutKeys<Employee>(item) : undefined;
}

export async function listEmployees(ctx: TenantContext, clientId: string, active: boolean | undefined, limit: number, startKey?: Item) {
  const filter = active === undefined ? undefined : { expression: '#active = :active', names: { '#active': 'active' }, values: { ':active': active } };
  const found: Item[] = [];
  let position = startKey;
  // A filtered page may take a few reads; bounded, and the cursor resumes after the last employee returned.
  for (let read = 0; read < 10 && found.length < limit; read++) {
    const page = await queryItems(ctx, {
      ...keys.employees(ctx, clientId),
      limit: filter ? Math.max(limit, 50) : limit - found.length,
      ...(position ? { startKey: position } : {}),
      ...(filter ? { filter } : {}),
    });
    found.push(...page.items);
    position = page.lastKey;
    if (!position) break;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  const lastKey = found.length > limit && last ? { pk: last.pk, sk: last.sk } : position;
  return { employees: items.map((item) => withoutKeys<Employee>(item)), ...(lastKey ? { lastKey } : {}) };
}

/** What payroll keeps of its client's terms, so that creating a run need not read the client. */
export interface PayrollTerms {
  currency: string;
}

/**
 * Every active employee of a client (at most `max`: the caller refuses more) and the payroll terms
 * stored before them, in one Query.
 */
export async function readRoster(ctx: TenantContext, clientId: string, max: number): Promise<{ terms?: PayrollTerms; employees: Employee[] }> {
  const found: Item[] = [];
  let position: Item | undefined;
  do {
    const page = await queryItems(ctx, {
      ...keys.payrollRoster(ctx, clientId),
      limit: 100,
      ...(position ? { startKey: position } : {}),
      filter: {
        expression: '#active = :active OR #type = :terms',
        names: { '#active': 'active', '#type': 'type' },
        values: { ':active': true, ':terms': PAYROLL_TERMS },
      },
    });
    found.push(...page.items);
    position = page.lastKey;
  } while (position && found.length <= max);
  const terms = found.find((item) => item.type === PAYROLL_TERMS);
  return {
    ...(terms ? { terms: { currency: terms.currency as string } } : {}),
    employees: found.filter((item) => item !== terms).map((item) => withoutKeys<Employee>(item)),
  };
}

const PAYROLL_TERMS = 'payroll_terms';

/** Stores the client's terms as payroll sees them now; add it to a transaction made with the client just read. */
export function payrollTermsOp(ctx: TenantContext, clientId: string, terms: PayrollTerms): WriteOp {
  return { put: { ...keys.payrollTerms(ctx, clientId), type: PAYROLL_TERMS, ...terms } };
}

/** The client's currency is still `currency` when the transaction commits (else `onConflict`, and nothing is written). */
export function clientCurrencyCheck(ctx: TenantContext, clientId: string, currency: string, onConflict: () => DomainError): WriteOp {
  return { check: keys.client(ctx, clientId), condition: { matches: { currency } }, onConflict };
}

export async function saveEmployee(
  ctx: TenantContext,
  before: Employee | undefined,
  after: Employee,
  audit: AuditEvent,
  alsoWrite: WriteOp[] = [],
): Promise<void> {
  await writeItems(
    ctx,
    [
      { put: { ...keys.employee(ctx, after.clientId, after.id), type: 'employee', ...after }, condition: before ? { version: before.version } : 'absent' },
      ...alsoWrite,
    ],
    audit,
  );
}

export async function findRun(ctx: TenantContext, clientId: string, runId: string): Promise<PayrollRun | undefined> {
  const item = await getItem(ctx, keys.payrollRun(ctx, clientId, runId));
  return item ? withoutKeys<PayrollRun>(item) : undefined;
}

export async function listRuns(ctx: TenantContext, clientId: string, status: PayrollStatus | undefined, limit: number, startKey?: Item) {
  const filter = status ? { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': status } } : undefined;
  const found: Item[] = [];
  let position = startKey;
  for (let read = 0; read < 10 && found.length < limit; read++) {
    const page = await queryItems(ctx, {
      ...keys.payrollRuns(ctx, clientId),
      limit: filter ? Math.max(limit, 50) : limit - found.length,
      newestFirst: true,
      ...(position ? { startKey: position } : {}),
      ...(filter ? { filter } : {}),
    });
    found.push(...page.items);
    position = page.lastKey;
    if (!position) break;
  }
  const items = found.slice(0, limit);
  const last = items.at(-1);
  const lastKey = found.length > limit && last ? { pk: last.pk, sk: last.sk } : position;
  return { runs: items.map((item) => withoutKeys<PayrollRun>(item)), ...(lastKey ? { lastKey } : {}) };
}

export function runTitle(run: PayrollRun): string {
  return `Payroll ${run.periodStart} to ${run.periodEnd}`;
}

/** A run change, its work-item directory record and its audit record, in one transaction. */
export async function saveRun(
  ctx: TenantContext,
  before: PayrollRun | undefined,
  after: PayrollRun,
  audit: AuditEvent,
  alsoWrite: WriteOp[] = [],
): Promise<void> {
  const ops: WriteOp[] = [
    {
      put: { ...keys.payrollRun(ctx, after.clientId, after.id), type: 'payroll_run', ...after },
      condition: before ? { version: before.version } : 'absent',
    },
    workItemRecord(ctx, { type: 'payroll_run', id: after.id, clientId: after.clientId, title: runTitle(after), status: after.status }),
    ...alsoWrite,
  ];
  await writeItems(ctx, ops, audit);
}
