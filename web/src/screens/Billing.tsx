import { type FormEvent, Fragment, useState } from 'react';
import { ApiError, allPages, api, ok, type Schema } from '../api/client';
import { Comments } from '../components/Comments';
import { Async, Loading } from '../components/States';
import { ActionButton, ActionNotice, DownloadButton, Field, Page, StatusBadge, TableWrap, useAction } from '../components/ui';
import { type Client, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { calendarDate, dateInZone, duration, money, moneyInput, parseMoney, timeOfDay, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link, useRouter } from '../router';
import { isAdmin, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';
import { EntryWork } from './Timesheet';

export type BillingInvoice = Schema<'BillingInvoice'>;
type TimeEntry = Schema<'TimeEntry'>;

async function billingInvoicesOf(clientIds: string[]): Promise<BillingInvoice[]> {
  const lists = await Promise.all(
    clientIds.map((clientId) =>
      allPages((cursor) => ok(api.GET('/api/clients/{clientId}/billing-invoices', { params: { path: { clientId }, query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    ),
  );
  return lists.flat().sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.number.localeCompare(a.number));
}

function BillingTable({ invoices, showClient }: { invoices: BillingInvoice[]; showClient: boolean }) {
  const { client } = useDirectory();
  return (
    <TableWrap label="Billing invoices">
      <table>
        <thead>
          <tr>
            <th scope="col">Number</th>
            {showClient ? <th scope="col">Client</th> : null}
            <th scope="col">Period</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>
                <Link to={`/clients/${invoice.clientId}/billing/${invoice.id}`}>{invoice.number}</Link>
              </td>
              {showClient ? <td>{client(invoice.clientId)?.name}</td> : null}
              <td>
                {calendarDate(invoice.periodStart)} – {calendarDate(invoice.periodEnd)}
              </td>
              <td>
                <StatusBadge status={invoice.status} />
              </td>
              <td className="num">{duration(invoice.lines.reduce((sum, line) => sum + line.durationSeconds, 0))}</td>
              <td className="num">{money(invoice.totalMinor, invoice.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** Firm admins: every client's billing invoices and a billing run; reviewers: their client's invoices. */
export function BillingScreen({ clientId }: { clientId?: string }) {
  const me = useMe();
  const { clients } = useDirectory();
  const admin = isAdmin(me.user.role);
  const scope = clientId ?? (admin ? undefined : me.user.clientId);
  const clientIds = scope ? [scope] : clients.map((c) => c.id);
  const invoices = useLoad(() => billingInvoicesOf(clientIds), `billing:${clientIds.join(',')}`);
  const scopeName = useClient(scope ?? '')?.name ?? 'your company';
  const body = (
    <>
      {admin ? <BillingRunForm clientId={clientId} /> : null}
      <section className="panel" aria-labelledby="billing-invoices">
        <h2 id="billing-invoices">Billing invoices</h2>
        <Async state={invoices.state} retry={invoices.reload} label="billing invoices" isEmpty={(list) => list.length === 0} empty="No billing invoices yet.">
          {(list) => <BillingTable invoices={list} showClient={!scope} />}
        </Async>
      </section>
    </>
  );
  if (clientId && admin) {
    return (
      <ClientPage clientId={clientId} title="Billing" section={{ to: `/clients/${clientId}/billing`, label: 'Billing' }}>
        {body}
      </ClientPage>
    );
  }
  return (
    <Page title="Billing" meta={admin ? <span>Invoices from the firm to its clients, by tracked hours</span> : <span>What {scopeName} is billed for, down to the minute</span>}>
      {body}
    </Page>
  );
}

function previousMonthStart(date: string): string {
  const [year = 1970, month = 1] = date.split('-').map(Number);
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}

/** A billing run: the approved, billable, unbilled entries of a period become a draft billing invoice. */
function BillingRunForm({ clientId }: { clientId?: string }) {
  const { clients } = useDirectory();
  const { navigate } = useRouter();
  const [form, setForm, clearForm] = useDraft(`billing-run:${clientId ?? 'any'}`, { clientId: clientId ?? clients[0]?.id ?? '', periodStart: '', periodEnd: '' });
  const chosen = clients.find((c) => c.id === (clientId ?? form.clientId)) ?? clients[0];
  const end = form.periodEnd || today(chosen?.timeZone);
  const start = form.periodStart || previousMonthStart(end);
  const { busy, notice, run } = useAction();
  if (!chosen) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('run', async () => {
      try {
        const created = await ok(api.POST('/api/clients/{clientId}/billing-invoices', { params: { path: { clientId: chosen.id } }, body: { periodStart: start, periodEnd: end } }));
        clearForm();
        navigate(`/clients/${chosen.id}/billing/${created.id}`);
      } catch (error) {
        // A run with nothing left to bill answers 409 and creates nothing.
        if (error instanceof ApiError && error.status === 409) throw new Error(`Nothing to bill for ${chosen.name} in that period. ${error.message}`);
        throw error;
      }
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="billing-run-title">
      <h2 id="billing-run-title">Run billing</h2>
      <p className="hint">
        Approved, billable entries not yet billed, that start in the period ({chosen.timeZone} dates, both days included), become a draft invoice you can check before issuing it.
      </p>
      <div className="form-grid">
        {clientId ? null : (
          <Field label="Client">
            {(id) => (
              <select id={id} value={chosen.id} onChange={(e) => setForm({ ...form, clientId: e.target.value })}>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Period start">{(id) => <input id={id} type="date" value={start} onChange={(e) => setForm({ ...form, periodStart: e.target.value })} required />}</Field>
        <Field label="Period end">{(id) => <input id={id} type="date" value={end} onChange={(e) => setForm({ ...form, periodEnd: e.target.value })} required />}</Field>
      </div>
      <div className="row">
        <ActionButton name="run" busy={busy} type="submit">
          Create draft billing invoice
        </ActionButton>
      </div>
      <ActionNotice notice={notice} />
    </form>
  );
}

export function BillingInvoiceScreen({ clientId, billingInvoiceId }: { clientId: string; billingInvoiceId: string }) {
  const client = useClient(clientId);
  const me = useMe();
  const invoice = useLoad(
    () => ok(api.GET('/api/clients/{clientId}/billing-invoices/{billingInvoiceId}', { params: { path: { clientId, billingInvoiceId } } })),
    `billing-invoice:${billingInvoiceId}`,
  );
  if (!client) return <NotVisible />;
  const title = invoice.state.data ? `Billing invoice ${invoice.state.data.number}` : 'Billing invoice';
  const section = isAdmin(me.user.role) ? { to: `/clients/${clientId}/billing`, label: 'Billing' } : { to: '/billing', label: 'Billing' };
  return (
    <ClientPage clientId={clientId} title={title} section={section}>
      <Async state={invoice.state} retry={invoice.reload} label="the billing invoice">
        {(loaded) => <BillingInvoiceDetail client={client} invoice={loaded} onChange={invoice.set} />}
      </Async>
    </ClientPage>
  );
}

function BillingInvoiceDetail({ client, invoice, onChange }: { client: Client; invoice: BillingInvoice; onChange: (invoice: BillingInvoice) => void }) {
  const me = useMe();
  const owner = me.user.role === 'owner';
  const [openLine, setOpenLine] = useState<number | undefined>();
  const [payment, setPayment] = useState(moneyInput(invoice.totalMinor - invoice.amountPaidMinor, invoice.currency));
  const { busy, notice, setNotice, run } = useAction();
  const path = { clientId: client.id, billingInvoiceId: invoice.id };
  const move = (name: string, action: () => Promise<BillingInvoice>, success: string) => run(name, async () => onChange(await action()), success);
  const hoursTotal = invoice.lines.reduce((sum, line) => sum + line.durationSeconds, 0);

  return (
    <>
      <div className="summary-bar">
        <StatusBadge status={invoice.status} />
        <span>
          Period {calendarDate(invoice.periodStart)} – {calendarDate(invoice.periodEnd)}
        </span>
        <span>{duration(hoursTotal)} billed</span>
        <DownloadButton path={`/api/clients/${client.id}/billing-invoices/${invoice.id}/pdf`} fileName={`${invoice.number}.pdf`}>
          Download PDF
        </DownloadButton>
        <DownloadButton path={`/api/clients/${client.id}/billing-invoices/${invoice.id}/export.csv`} fileName={`${invoice.number}.csv`}>
          Download CSV
        </DownloadButton>
      </div>
      <div className="grid main-side">
        <section className="panel" aria-labelledby="billing-lines">
          <h2 id="billing-lines">Lines</h2>
          <p className="hint">Open a line to see every time entry behind it, and an entry to see the work it was for.</p>
          <TableWrap label="Billing lines">
            <table>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col" className="num">
                    Time
                  </th>
                  <th scope="col" className="num">
                    Rate
                  </th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a line's index is its identity in the API (?line=).
                  <Fragment key={index}>
                    <tr>
                      <td>
                        <button
                          type="button"
                          className="link disclosure"
                          aria-expanded={openLine === index}
                          aria-controls={`line-${index}-entries`}
                          onClick={() => setOpenLine(openLine === index ? undefined : index)}
                        >
                          {line.description}
                        </button>
                        <span className="muted"> · {line.entryIds.length} entries</span>
                      </td>
                      <td className="num">{duration(line.durationSeconds)}</td>
                      <td className="num">{money(line.rateMinor, invoice.currency)} / h</td>
                      <td className="num">{money(line.amountMinor, invoice.currency)}</td>
                    </tr>
                    {openLine === index ? (
                      <tr id={`line-${index}-entries`} className="drilldown">
                        <td colSpan={4}>
                          <LineEntries client={client} invoice={invoice} line={index} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
        <aside className="panel" aria-labelledby="billing-totals">
          <h2 id="billing-totals">Totals</h2>
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
          <div className="stack">
            {owner && invoice.status === 'draft' ? (
              <ActionButton
                name="issue"
                busy={busy}
                onClick={() =>
                  move('issue', () => ok(api.POST('/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/issue', { params: { path } })), 'Issued: the client can see it now.')
                }
              >
                Issue to the client
              </ActionButton>
            ) : null}
            {owner && invoice.status === 'issued' ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const amountMinor = parseMoney(payment, invoice.currency);
                  if (!amountMinor || amountMinor <= 0) {
                    setNotice({ kind: 'error', text: 'Enter the amount received.' });
                    return;
                  }
                  move('pay', () => ok(api.POST('/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/record-payment', { params: { path }, body: { amountMinor } })), 'Payment recorded.');
                }}
              >
                <Field label={`Payment received (${invoice.currency})`}>{(id) => <input id={id} inputMode="decimal" value={payment} onChange={(e) => setPayment(e.target.value)} size={10} />}</Field>
                <ActionButton name="pay" busy={busy} type="submit">
                  Record payment
                </ActionButton>
              </form>
            ) : null}
            {owner && (invoice.status === 'draft' || invoice.status === 'issued') ? (
              <ActionButton
                name="void"
                busy={busy}
                kind="danger"
                onClick={() => {
                  if (window.confirm(`Void ${invoice.number}? Its entries become billable again.`)) {
                    move('void', () => ok(api.POST('/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/void', { params: { path } })), 'Voided; its entries are billable again.');
                  }
                }}
              >
                Void
              </ActionButton>
            ) : null}
          </div>
          <ActionNotice notice={notice} />
        </aside>
      </div>
      <Comments clientId={client.id} on={{ type: 'billing_invoice', id: invoice.id }} />
    </>
  );
}

/** The entries behind one billing line, each linked to its work item. */
function LineEntries({ client, invoice, line }: { client: Client; invoice: BillingInvoice; line: number }) {
  const entries = useLoad<TimeEntry[]>(
    () =>
      allPages((cursor) =>
        ok(
          api.GET('/api/clients/{clientId}/billing-invoices/{billingInvoiceId}/entries', {
            params: { path: { clientId: client.id, billingInvoiceId: invoice.id }, query: { line, limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        ),
      ),
    `line-entries:${invoice.id}:${line}`,
  );
  if (entries.state.status === 'loading') return <Loading label="the entries" />;
  return (
    <Async state={entries.state} retry={entries.reload} label="the entries" isEmpty={(list) => list.length === 0} empty="No entries behind this line.">
      {(list) => (
        <table className="nested" aria-label={`Entries behind ${invoice.lines[line]?.description ?? 'the line'}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Time</th>
              <th scope="col">Work item</th>
              <th scope="col">Note</th>
              <th scope="col" className="num">
                Duration
              </th>
            </tr>
          </thead>
          <tbody>
            {list
              .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
              .map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{calendarDate(dateInZone(entry.startedAt, client.timeZone), 'weekday')}</td>
                  <td className="nowrap">
                    {timeOfDay(entry.startedAt, client.timeZone)}–{timeOfDay(entry.endedAt, client.timeZone)}
                  </td>
                  <td>
                    <EntryWork entry={entry} />
                  </td>
                  <td>{entry.note}</td>
                  <td className="num">{duration(entry.durationSeconds)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </Async>
  );
}
