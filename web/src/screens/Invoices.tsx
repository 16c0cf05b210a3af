import { type FormEvent, useId, useState } from 'react';
import { allPages, api, ok, type Schema } from '../api/client';
import { Comments } from '../components/Comments';
import { Documents } from '../components/Documents';
import { Async } from '../components/States';
import { StartTimerButton } from '../components/TimerBar';
import { ActionButton, ActionNotice, DownloadButton, Field, RejectButton, StatusBadge, TableWrap, useAction } from '../components/ui';
import { type Client, useClient } from '../directory';
import { useDraft } from '../lib/drafts';
import { bps, calendarDate, dateTime, money, moneyInput, parseMoney, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link, useRouter } from '../router';
import { isFirm, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';

export type Invoice = Schema<'Invoice'>;
const STATUSES: Invoice['status'][] = ['draft', 'pending_approval', 'approved', 'sent', 'paid', 'void'];

export function InvoiceList({ clientId }: { clientId: string }) {
  const me = useMe();
  const client = useClient(clientId);
  const { query, navigate, path } = useRouter();
  const status = (query.get('status') ?? '') as Invoice['status'] | '';
  const invoices = useLoad(
    () =>
      allPages((cursor) =>
        ok(
          api.GET('/api/clients/{clientId}/invoices', {
            params: { path: { clientId }, query: { limit: 100, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
          }),
        ),
      ),
    `invoices:${clientId}:${status}`,
  );
  const id = useId();
  if (!client) return <NotVisible />;
  return (
    <ClientPage
      clientId={clientId}
      title={`${client.name}: invoices`}
      section={{ to: `/clients/${clientId}/invoices`, label: 'Invoices' }}
      actions={
        isFirm(me.user.role) ? (
          <Link className="button primary" to={`/clients/${clientId}/invoices/new`}>
            New invoice
          </Link>
        ) : undefined
      }
    >
      <div className="filters">
        <label htmlFor={id} className="filter-label">
          Status
        </label>
        <select id={id} value={status} onChange={(event) => navigate(event.target.value ? `${path}?status=${event.target.value}` : path, { replace: true })}>
          <option value="">All</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <Async state={invoices.state} retry={invoices.reload} label="invoices" isEmpty={(list) => list.length === 0} empty="No invoices here.">
        {(list) => (
          <TableWrap label="Invoices">
            <table>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Issued</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>
                      <Link to={`/clients/${clientId}/invoices/${invoice.id}`}>{invoice.number}</Link>
                    </td>
                    <td>{invoice.customer.name}</td>
                    <td>{calendarDate(invoice.issueDate)}</td>
                    <td>{calendarDate(invoice.dueDate)}</td>
                    <td>
                      <StatusBadge status={invoice.status} />
                      {invoice.status === 'draft' && invoice.rejectionReason ? <span className="badge status-rejected">Rejected</span> : null}
                    </td>
                    <td className="num">{money(invoice.totalMinor, invoice.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Async>
    </ClientPage>
  );
}

interface LineForm {
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate: string;
}

interface InvoiceForm {
  customerName: string;
  customerEmail: string;
  issueDate: string;
  dueDate: string;
  notes: string;
  lines: LineForm[];
}

function formOf(invoice: Invoice): InvoiceForm {
  return {
    customerName: invoice.customer.name,
    customerEmail: invoice.customer.email ?? '',
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    notes: invoice.notes ?? '',
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: moneyInput(line.unitPriceMinor, invoice.currency),
      taxRate: String(line.taxRateBps / 100),
    })),
  };
}

const EMPTY_LINE: LineForm = { description: '', quantity: '1', unitPrice: '', taxRate: '0' };

/** The form as the API's body, or the first problem a person can fix. */
function bodyOf(form: InvoiceForm, currency: string): { body: Schema<'CreateInvoice'> } | { problem: string } {
  if (!form.customerName.trim()) return { problem: 'Enter the customer’s name.' };
  if (!form.issueDate || !form.dueDate) return { problem: 'Enter the issue and due dates.' };
  if (form.lines.length === 0) return { problem: 'Add at least one line.' };
  const lines: Schema<'InvoiceLineInput'>[] = [];
  for (const [index, line] of form.lines.entries()) {
    const quantity = Number(line.quantity);
    const unitPriceMinor = parseMoney(line.unitPrice, currency);
    const taxRateBps = Math.round(Number(line.taxRate) * 100);
    if (!line.description.trim()) return { problem: `Line ${index + 1}: enter a description.` };
    if (!(quantity > 0)) return { problem: `Line ${index + 1}: the quantity must be above 0.` };
    if (unitPriceMinor === undefined || unitPriceMinor < 0) return { problem: `Line ${index + 1}: the unit price must be an amount of 0 or more.` };
    if (!(taxRateBps >= 0 && taxRateBps <= 10_000)) return { problem: `Line ${index + 1}: the tax rate must be between 0 and 100%.` };
    lines.push({ description: line.description.trim(), quantity, unitPriceMinor, taxRateBps });
  }
  return {
    body: {
      customer: { name: form.customerName.trim(), ...(form.customerEmail.trim() ? { email: form.customerEmail.trim() } : {}) },
      issueDate: form.issueDate,
      dueDate: form.dueDate,
      lines,
      ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
    },
  };
}

function InvoiceFields({ form, set, currency, savedLines }: { form: InvoiceForm; set: (next: InvoiceForm) => void; currency: string; savedLines?: Invoice['lines'] }) {
  const setLine = (index: number, change: Partial<LineForm>) => set({ ...form, lines: form.lines.map((line, i) => (i === index ? { ...line, ...change } : line)) });
  return (
    <>
      <div className="form-grid">
        <Field label="Customer name">
          {(id) => <input id={id} value={form.customerName} onChange={(e) => set({ ...form, customerName: e.target.value })} required maxLength={200} />}
        </Field>
        <Field label="Customer email">
          {(id) => <input id={id} type="email" value={form.customerEmail} onChange={(e) => set({ ...form, customerEmail: e.target.value })} />}
        </Field>
        <Field label="Issue date">{(id) => <input id={id} type="date" value={form.issueDate} onChange={(e) => set({ ...form, issueDate: e.target.value })} required />}</Field>
        <Field label="Due date">{(id) => <input id={id} type="date" value={form.dueDate} onChange={(e) => set({ ...form, dueDate: e.target.value })} required />}</Field>
      </div>
      <TableWrap label="Invoice lines">
        <table className="editor-lines">
          <caption className="visually-hidden">Invoice lines</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col">Quantity</th>
              <th scope="col">Unit price ({currency})</th>
              <th scope="col">Tax %</th>
              <th scope="col" className="num">
                Amount (server)
              </th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.lines.map((line, index) => {
              const saved = savedLines?.[index];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no ids; their position is their identity.
                <tr key={index}>
                  <td>
                    <input aria-label={`Line ${index + 1} description`} value={line.description} onChange={(e) => setLine(index, { description: e.target.value })} />
                  </td>
                  <td>
                    <input
                      aria-label={`Line ${index + 1} quantity`}
                      inputMode="decimal"
                      value={line.quantity}
                      onChange={(e) => setLine(index, { quantity: e.target.value })}
                      size={6}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Line ${index + 1} unit price`}
                      inputMode="decimal"
                      value={line.unitPrice}
                      onChange={(e) => setLine(index, { unitPrice: e.target.value })}
                      size={10}
                    />
                  </td>
                  <td>
                    <input aria-label={`Line ${index + 1} tax rate, percent`} inputMode="decimal" value={line.taxRate} onChange={(e) => setLine(index, { taxRate: e.target.value })} size={5} />
                  </td>
                  <td className="num">{saved ? money(saved.amountMinor, currency) : '—'}</td>
                  <td>
                    <button type="button" className="link" onClick={() => set({ ...form, lines: form.lines.filter((_, i) => i !== index) })}>
                      Remove <span className="visually-hidden">line {index + 1}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <div className="row">
        <button type="button" className="secondary" onClick={() => set({ ...form, lines: [...form.lines, { ...EMPTY_LINE }] })}>
          Add line
        </button>
      </div>
      <Field label="Notes">{(id) => <textarea id={id} value={form.notes} onChange={(e) => set({ ...form, notes: e.target.value })} rows={2} />}</Field>
    </>
  );
}

export function NewInvoice({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const { navigate } = useRouter();
  const start = today(client?.timeZone);
  const [form, setForm, clearForm] = useDraft<InvoiceForm>(`new-invoice:${clientId}`, {
    customerName: '',
    customerEmail: '',
    issueDate: start,
    dueDate: start,
    notes: '',
    lines: [{ ...EMPTY_LINE }],
  });
  const { busy, notice, setNotice, run } = useAction();
  if (!client) return <NotVisible />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = bodyOf(form, client.currency);
    if ('problem' in parsed) {
      setNotice({ kind: 'error', text: parsed.problem });
      return;
    }
    await run('create', async () => {
      const created = await ok(api.POST('/api/clients/{clientId}/invoices', { params: { path: { clientId } }, body: parsed.body }));
      clearForm();
      navigate(`/clients/${clientId}/invoices/${created.id}`, { replace: true });
    });
  };
  return (
    <ClientPage clientId={clientId} title="New invoice" section={{ to: `/clients/${clientId}/invoices`, label: 'Invoices' }}>
      <form className="panel" onSubmit={submit} aria-label="New invoice">
        <p className="muted">Amounts in {client.currency}. The server computes every line, the tax and the totals when you save.</p>
        <InvoiceFields form={form} set={setForm} currency={client.currency} />
        <div className="row">
          <ActionButton name="create" busy={busy} type="submit">
            Create draft
          </ActionButton>
        </div>
        <ActionNotice notice={notice} />
      </form>
    </ClientPage>
  );
}

export function InvoiceScreen({ clientId, invoiceId }: { clientId: string; invoiceId: string }) {
  const client = useClient(clientId);
  const invoice = useLoad(() => ok(api.GET('/api/clients/{clientId}/invoices/{invoiceId}', { params: { path: { clientId, invoiceId } } })), `invoice:${invoiceId}`);
  if (!client) return <NotVisible />;
  const title = invoice.state.data ? `Invoice ${invoice.state.data.number}` : 'Invoice';
  return (
    <ClientPage clientId={clientId} title={title} section={{ to: `/clients/${clientId}/invoices`, label: 'Invoices' }}>
      <Async state={invoice.state} retry={invoice.reload} label="the invoice">
        {(data) => <InvoiceDetail client={client} invoice={data} onChange={invoice.set} />}
      </Async>
    </ClientPage>
  );
}

function InvoiceDetail({ client, invoice, onChange }: { client: Client; invoice: Invoice; onChange: (invoice: Invoice) => void }) {
  const me = useMe();
  const firm = isFirm(me.user.role);
  const editable = firm && invoice.status === 'draft';
  const [form, setForm, clearForm] = useDraft<InvoiceForm>(`invoice:${invoice.id}`, formOf(invoice));
  const dirty = editable && JSON.stringify(form) !== JSON.stringify(formOf(invoice));
  const { busy, notice, setNotice, run } = useAction();
  const [payment, setPayment] = useState(moneyInput(invoice.totalMinor - invoice.amountPaidMinor, invoice.currency));
  const path = { clientId: client.id, invoiceId: invoice.id };
  const workItem = { type: 'invoice' as const, id: invoice.id };

  const save = async (): Promise<Invoice | undefined> => {
    const parsed = bodyOf(form, invoice.currency);
    if ('problem' in parsed) {
      setNotice({ kind: 'error', text: parsed.problem });
      return undefined;
    }
    const saved = await ok(api.PATCH('/api/clients/{clientId}/invoices/{invoiceId}', { params: { path }, body: { version: invoice.version, ...parsed.body } }));
    clearForm(formOf(saved));
    onChange(saved);
    return saved;
  };
  const act = (name: string, action: () => Promise<Invoice>, success: string) =>
    run(
      name,
      async () => {
        onChange(await action());
      },
      success,
    );

  return (
    <>
      <div className="summary-bar">
        <StatusBadge status={invoice.status} />
        <span>
          Customer <strong>{invoice.customer.name}</strong>
        </span>
        <span>Issued {calendarDate(invoice.issueDate)}</span>
        <span>Due {calendarDate(invoice.dueDate)}</span>
        {firm ? <StartTimerButton clientId={client.id} workItem={workItem} label={`Invoice ${invoice.number}`} /> : null}
        <DownloadButton path={`/api/clients/${client.id}/invoices/${invoice.id}/pdf`} fileName={`${invoice.number}.pdf`}>
          Download PDF
        </DownloadButton>
      </div>
      {invoice.rejectionReason && invoice.status === 'draft' ? (
        <p className="notice warning">
          The client rejected this invoice: <q>{invoice.rejectionReason}</q>
        </p>
      ) : null}
      <div className="grid main-side">
        <section className="panel" aria-labelledby="invoice-lines">
          <h2 id="invoice-lines">{editable ? 'Edit the draft' : 'Lines'}</h2>
          {editable ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                run('save', save, 'Saved. The totals are the server’s.');
              }}
            >
              <InvoiceFields form={form} set={setForm} currency={invoice.currency} savedLines={invoice.lines} />
              <div className="row">
                <ActionButton name="save" busy={busy} type="submit" disabled={!dirty}>
                  Save draft
                </ActionButton>
                {dirty ? <span className="muted">Unsaved changes: the totals show the last save.</span> : null}
              </div>
            </form>
          ) : (
            <TableWrap label="Invoice lines">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Description</th>
                    <th scope="col" className="num">
                      Quantity
                    </th>
                    <th scope="col" className="num">
                      Unit price
                    </th>
                    <th scope="col" className="num">
                      Tax
                    </th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invoice.lines.map((line, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines have no ids; their position is their identity.
                    <tr key={index}>
                      <td>{line.description}</td>
                      <td className="num">{line.quantity}</td>
                      <td className="num">{money(line.unitPriceMinor, invoice.currency)}</td>
                      <td className="num">
                        {money(line.taxMinor, invoice.currency)} <span className="muted">({bps(line.taxRateBps)})</span>
                      </td>
                      <td className="num">{money(line.amountMinor, invoice.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {invoice.notes && !editable ? <p>{invoice.notes}</p> : null}
        </section>
        <aside className="panel" aria-labelledby="invoice-totals">
          <h2 id="invoice-totals">Totals</h2>
          <dl className="totals">
            <dt>Subtotal</dt>
            <dd>{money(invoice.subtotalMinor, invoice.currency)}</dd>
            <dt>Tax</dt>
            <dd>{money(invoice.taxMinor, invoice.currency)}</dd>
            <dt className="total">Total</dt>
            <dd className="total">{money(invoice.totalMinor, invoice.currency)}</dd>
            <dt>Paid</dt>
            <dd>{money(invoice.amountPaidMinor, invoice.currency)}</dd>
          </dl>
          <p className="hint">Computed by the server; updated when the draft is saved (last change {dateTime(invoice.updatedAt, client.timeZone)}).</p>
          <div className="stack">
            {firm && invoice.status === 'draft' ? (
              <ActionButton
                name="submit"
                busy={busy}
                onClick={() =>
                  act(
                    'submit',
                    async () => {
                      const current = dirty ? await save() : invoice;
                      if (!current) throw new Error('Fix the draft first.');
                      return ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/submit', { params: { path }, body: { version: current.version } }));
                    },
                    'Submitted to the client for approval.',
                  )
                }
              >
                Submit for approval
              </ActionButton>
            ) : null}
            {firm && invoice.status === 'approved' ? (
              <ActionButton
                name="send"
                busy={busy}
                onClick={() =>
                  act('send', () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/send', { params: { path }, body: { version: invoice.version } })), 'Marked as sent.')
                }
              >
                Mark as sent
              </ActionButton>
            ) : null}
            {firm && invoice.status === 'sent' ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const amountMinor = parseMoney(payment, invoice.currency);
                  if (!amountMinor || amountMinor <= 0) {
                    setNotice({ kind: 'error', text: 'Enter the amount received.' });
                    return;
                  }
                  act(
                    'pay',
                    () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/record-payment', { params: { path }, body: { amountMinor, version: invoice.version } })),
                    'Payment recorded.',
                  );
                }}
              >
                <Field label={`Payment received (${invoice.currency})`}>
                  {(id) => <input id={id} inputMode="decimal" value={payment} onChange={(e) => setPayment(e.target.value)} size={10} />}
                </Field>
                <ActionButton name="pay" busy={busy} type="submit">
                  Record payment
                </ActionButton>
              </form>
            ) : null}
            {!firm && invoice.status === 'pending_approval' ? (
              <ReviewButtons
                what={`invoice ${invoice.number}`}
                draftKey={`invoice:${invoice.id}`}
                busy={busy}
                onApprove={() =>
                  act(
                    `approve:invoice:${invoice.id}`,
                    () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/approve', { params: { path }, body: { version: invoice.version } })),
                    'Approved.',
                  )
                }
                onReject={(reason) =>
                  act(
                    `reject:invoice:${invoice.id}`,
                    () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/reject', { params: { path }, body: { reason, version: invoice.version } })),
                    'Rejected; the firm will see your reason.',
                  )
                }
              />
            ) : null}
            {firm && invoice.status !== 'paid' && invoice.status !== 'void' ? (
              <ActionButton
                name="void"
                busy={busy}
                kind="danger"
                onClick={() => {
                  if (window.confirm(`Void invoice ${invoice.number}? Its number is not reused.`)) {
                    act('void', () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/void', { params: { path }, body: { version: invoice.version } })), 'Voided.');
                  }
                }}
              >
                Void invoice
              </ActionButton>
            ) : null}
          </div>
          <ActionNotice notice={notice} />
        </aside>
      </div>
      <div className="grid two">
        <Comments clientId={client.id} on={workItem} />
        <Documents clientId={client.id} workItem={workItem} title="Attached documents" />
      </div>
    </>
  );
}

/** Approve, or reject with a reason: the client reviewer's two answers to anything awaiting them. */
export function ReviewButtons({
  what,
  draftKey,
  busy,
  onApprove,
  onReject,
  approveLabel = 'Approve',
  rejectLabel = 'Reject',
}: {
  what: string;
  draftKey: string;
  busy: string | undefined;
  onApprove: () => void;
  onReject: (reason: string) => Promise<boolean>;
  approveLabel?: string;
  rejectLabel?: string;
}) {
  return (
    <div className="review-buttons">
      <ActionButton name={`approve:${draftKey}`} busy={busy} onClick={onApprove}>
        {approveLabel} <span className="visually-hidden">{what}</span>
      </ActionButton>
      <RejectButton what={what} draftKey={draftKey} busy={busy} onReject={onReject} label={rejectLabel} />
    </div>
  );
}
