import { listUnderClient } from '../clients/service.ts';
import type { Role, TenantContext } from '../core/context.ts';
import { Conflict, Invalid, NotFound, ServiceUnavailable } from '../core/errors.ts';
import { newId, nowIso } from '../core/ids.ts';
import { MoneyOverflow, priceInvoice } from '../core/money.ts';
import { decodeCursor, encodeCursor, type Page, queryBinding } from '../core/pagination.ts';
import { ALL_ROLES, authorize, FIRM_ROLES, type PermissionTable } from '../core/policy.ts';
import * as repository from './repository.ts';
import type {
  CreateInvoiceInput,
  Customer,
  Invoice,
  InvoiceStatus,
  UpdateInvoiceInput,
} from './schemas.ts';

export const invoicePermissions = {
  list: ALL_ROLES,
  read: ALL_ROLES,
  create: FIRM_ROLES,
  edit: FIRM_ROLES,
  listCustomers: ALL_ROLES,
} as const satisfies PermissionTable<string>;

export type InvoiceAction = 'submit' | 'approve' | 'reject' | 'send' | 'record-payment' | 'void';

interface Transition {
  action: InvoiceAction;
  from: readonly InvoiceStatus[];
  to: InvoiceStatus;
  roles: readonly Role[];
}

const REVIEWER: readonly Role[] = ['client'];

/**
 * The invoice lifecycle (DESIGN.md, "Invoices"): who may make each move, from which states, to which.
 * A move from any other state answers 409; a role not listed, 403. `record-payment` stays `sent`
 * until the payments reach the total, then lands on `paid`.
 */
export const INVOICE_TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft'], to: 'pending_approval', roles: FIRM_ROLES },
  { action: 'approve', from: ['pending_approval'], to: 'approved', roles: REVIEWER },
  { action: 'reject', from: ['pending_approval'], to: 'draft', roles: REVIEWER },
  { action: 'send', from: ['approved'], to: 'sent', roles: FIRM_ROLES },
  { action: 'record-payment', from: ['sent'], to: 'paid', roles: FIRM_ROLES },
  { action: 'void', from: ['draft', 'pending_approval', 'approved', 'sent'], to: 'void', roles: FIRM_ROLES },
];

const EDITABLE: readonly InvoiceStatus[] = ['draft'];

const versionConflict = () => new Conflict('This invoice was changed by someone else; reload it and try again', 'version_conflict');

async function visibleInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<Invoice> {
  authorize(ctx, invoicePermissions.read, clientId);
  const invoice = await repository.findInvoice(ctx, clientId, invoiceId);
  if (!invoice) throw new NotFound('Invoice');
  return invoice;
}

function priced(lines: CreateInvoiceInput['lines']) {
  try {
    return priceInvoice(
      lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitPriceMinor: line.unitPriceMinor,
        taxRateBps: line.taxRateBps,
      })),
    );
  } catch (error) {
    if (error instanceof MoneyOverflow) throw new Invalid('The invoice total is too large', [{ field: 'lines', message: 'Total too large' }]);
    throw error;
  }
}

/**
 * The remembered customer for a name: reused when it exists (its email updated when a new one is
 * given), created otherwise. Only a new or changed customer is written, so invoices for a known
 * customer never contend on its record.
 */
async function customerFor(
  ctx: TenantContext,
  clientId: string,
  input: { name: string; email?: string | undefined },
  now: string,
  read?: { customer?: Customer },
): Promise<{ customer: Customer; change?: repository.CustomerChange }> {
  const existing = read ? read.customer : await repository.findCustomerByName(ctx, clientId, input.name);
  if (!existing) {
    const customer: Customer = {
      id: newId(),
      clientId,
      name: input.name,
      ...(input.email ? { email: input.email } : {}),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return { customer, change: { after: customer } };
  }
  if (input.email && input.email !== existing.email) {
    const customer = { ...existing, email: input.email, updatedAt: now, version: existing.version + 1 };
    return { customer, change: { before: existing, after: customer } };
  }
  return { customer: existing };
}

function snapshot(customer: Customer, input: { name: string; email?: string | undefined }): Invoice['customer'] {
  const email = input.email ?? customer.email;
  return { id: customer.id, name: input.name, ...(email ? { email } : {}) };
}

/**
 * Retries a write that lost a race to create or change the same customer: the customer is read again,
 * and is then usually there already, so the retry writes only the invoice. DynamoDB may also cancel
 * concurrent transactions on one item (TransactionConflict, a 503 from the data layer); a cancelled
 * transaction wrote nothing, so it is retried too, after a short jittered pause.
 */
async function withCustomerRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const raced = (error instanceof Conflict && (error.code === 'customer_conflict' || error.code === 'number_conflict')) || error instanceof ServiceUnavailable;
      if (!raced || tries >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * tries));
    }
  }
}

function formatNumber(sequence: number): string {
  return `INV-${String(sequence).padStart(4, '0')}`;
}

export async function createInvoice(ctx: TenantContext, clientId: string, input: CreateInvoiceInput): Promise<Invoice> {
  authorize(ctx, invoicePermissions.create, clientId);
  // The client, the customer it names and the last invoice number are read together; a retry after a
  // customer race reads the customer again.
  const read = await repository.findForNewInvoice(ctx, clientId, input.customer.name);
  const client = read.client;
  if (!client) throw new NotFound('Client');
  const totals = priced(input.lines);
  // The next number is claimed in the invoice's own transaction (conditional on the counter as read). If
  // another create took it meanwhile, the number is drawn instead, once, with an atomic ADD, and kept for
  // every retry of the write: a number is never given twice, and a failed write after a draw leaves a gap.
  let sequence: { number: number; claimAfter?: number } = { number: read.lastNumber + 1, claimAfter: read.lastNumber };
  const id = newId();
  let firstRead: typeof read | undefined = read;
  return withCustomerRetry(async () => {
    const now = nowIso();
    const { customer, change } = await customerFor(ctx, clientId, input.customer, now, firstRead);
    firstRead = undefined;
    const invoice: Invoice = {
      id,
      clientId,
      number: formatNumber(sequence.number),
      status: 'draft',
      customer: snapshot(customer, input.customer),
      issueDate: input.issueDate,
      dueDate: input.dueDate,
      currency: input.currency ?? client.currency,
      ...totals,
      ...(input.notes ? { notes: input.notes } : {}),
      amountPaidMinor: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    try {
      await repository.saveInvoice(
        ctx,
        { after: invoice, ...(change ? { customer: change } : {}), ...(sequence.claimAfter !== undefined ? { claimAfterNumber: sequence.claimAfter } : {}) },
        { action: 'invoice.create', entity: 'invoice', entityId: id, clientId, after: invoice },
      );
    } catch (error) {
      if (error instanceof Conflict && error.code === 'number_conflict') sequence = { number: await repository.nextInvoiceNumber(ctx, clientId) };
      throw error;
    }
    return invoice;
  });
}

export async function getInvoice(ctx: TenantContext, clientId: string, invoiceId: string): Promise<Invoice> {
  return visibleInvoice(ctx, clientId, invoiceId);
}

export async function listInvoices(
  ctx: TenantContext,
  clientId: string,
  query: { limit: number; cursor?: string | undefined; status?: InvoiceStatus | undefined; customerId?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<Page<Invoice>> {
  authorize(ctx, invoicePermissions.list, clientId);
  const { limit, cursor, ...filters } = query;
  const binding = queryBinding(`clients/${clientId}/invoices`, filters);
  return listUnderClient(ctx, clientId, async () => {
    const { invoices, lastKey } = await repository.listInvoices(
      ctx,
      clientId,
      Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
      limit,
      decodeCursor(ctx, binding, cursor),
    );
    return { items: invoices, nextCursor: encodeCursor(ctx, binding, lastKey) };
  });
}

/** Only a draft can be edited; totals are computed again from the lines, whatever totals were sent. */
export async function updateInvoice(ctx: TenantContext, clientId: string, invoiceId: string, input: UpdateInvoiceInput): Promise<Invoice> {
  const before = await visibleInvoice(ctx, clientId, invoiceId);
  authorize(ctx, invoicePermissions.edit);
  if (before.version !== input.version) throw versionConflict();
  if (!EDITABLE.includes(before.status)) {
    throw new Conflict(`A ${before.status} invoice cannot be edited; only a draft can`, 'invalid_transition');
  }
  const issueDate = input.issueDate ?? before.issueDate;
  const dueDate = input.dueDate ?? before.dueDate;
  if (dueDate < issueDate) {
    throw new Invalid('The due date is before the issue date', [{ field: input.dueDate ? 'dueDate' : 'issueDate', message: 'Must be on or after issueDate' }]);
  }
  const totals = input.lines ? priced(input.lines) : undefined;
  return withCustomerRetry(async () => {
    const now = nowIso();
    const customer = input.customer ? await customerFor(ctx, clientId, input.customer, now) : undefined;
    const after: Invoice = {
      ...before,
      ...(customer && input.customer ? { customer: snapshot(customer.customer, input.customer) } : {}),
      issueDate,
      dueDate,
      currency: input.currency ?? before.currency,
      ...(totals ?? {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updatedAt: now,
      version: before.version + 1,
    };
    await repository.saveInvoice(ctx, { before, after, ...(customer?.change ? { customer: customer.change } : {}) }, {
      action: 'invoice.update',
      entity: 'invoice',
      entityId: invoiceId,
      clientId,
      before,
      after,
    });
    return after;
  });
}

export interface MoveInput {
  version?: number | undefined;
  reason?: string | undefined;
  amountMinor?: number | undefined;
}

/** What each move changes besides the status. */
function applyMove(ctx: TenantContext, action: InvoiceAction, invoice: Invoice, input: MoveInput, now: string): Partial<Invoice> {
  switch (action) {
    case 'submit':
      return { submittedAt: now };
    case 'approve':
      return { approvedAt: now, approvedBy: ctx.userId };
    case 'reject':
      return { rejectionReason: input.reason ?? '' };
    case 'send':
      return { sentAt: now };
    case 'void':
      return { voidedAt: now };
    case 'record-payment': {
      const amount = input.amountMinor ?? 0;
      const balance = invoice.totalMinor - invoice.amountPaidMinor;
      if (amount > balance) {
        throw new Invalid('The payment is more than the balance due', [
          { field: 'amountMinor', message: `At most the balance due, ${balance}` },
        ]);
      }
      if (amount === 0 && balance > 0) {
        throw new Invalid('A payment must be above 0', [{ field: 'amountMinor', message: 'Must be above 0' }]);
      }
      return { amountPaidMinor: invoice.amountPaidMinor + amount };
    }
  }
}

/**
 * One move of the lifecycle: visible (404), then allowed for the role (403), then current (409
 * version_conflict) and allowed from the current state (409 invalid_transition).
 */
export async function moveInvoice(
  ctx: TenantContext,
  clientId: string,
  invoiceId: string,
  action: InvoiceAction,
  input: MoveInput,
): Promise<Invoice> {
  const transition = INVOICE_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!transition) throw new NotFound('Action');
  const before = await visibleInvoice(ctx, clientId, invoiceId);
  authorize(ctx, transition.roles);
  if (input.version !== undefined && input.version !== before.version) throw versionConflict();
  if (!transition.from.includes(before.status)) {
    throw new Conflict(`A ${before.status} invoice cannot be moved by ${action}`, 'invalid_transition');
  }
  const now = nowIso();
  const changes = applyMove(ctx, action, before, input, now);
  const settled = action !== 'record-payment' || (changes.amountPaidMinor ?? 0) >= before.totalMinor;
  const after: Invoice = {
    ...before,
    ...changes,
    status: settled ? transition.to : before.status,
    ...(action === 'record-payment' && settled ? { paidAt: now } : {}),
    updatedAt: now,
    version: before.version + 1,
  };
  await repository.saveInvoice(ctx, { before, after }, {
    action: `invoice.${action}`,
    entity: 'invoice',
    entityId: invoiceId,
    clientId,
    before,
    after,
  });
  return after;
}

/** What the invoice's PDF shows: the invoice and its client business (the seller). */
export async function invoiceDocumentData(ctx: TenantContext, clientId: string, invoiceId: string) {
  authorize(ctx, invoicePermissions.read, clientId);
  // One BatchGetItem for both: the invoice lives under the client, so a missing client means a missing invoice.
  const { invoice, client } = await repository.findInvoiceAndClient(ctx, clientId, invoiceId);
  if (!invoice) throw new NotFound('Invoice');
  if (!client) throw new NotFound('Client');
  return { client, invoice };
}

export async function listCustomers(
  ctx: TenantContext,
  clientId: string,
  query: { limit: number; cursor?: string | undefined; q?: string | undefined },
): Promise<Page<Customer>> {
  authorize(ctx, invoicePermissions.listCustomers, clientId);
  const binding = queryBinding(`clients/${clientId}/customers`, { q: query.q });
  return listUnderClient(ctx, clientId, async () => {
    const { customers, lastKey } = await repository.listCustomers(ctx, clientId, query.q, query.limit, decodeCursor(ctx, binding, query.cursor));
    return { items: customers, nextCursor: encodeCursor(ctx, binding, lastKey) };
  });
}
