import type { ReactNode } from 'react';
import { allPages, api, ok } from '../api/client';
import { Async, Empty } from '../components/States';
import { Page, StatusBadge } from '../components/ui';
import { useDirectory } from '../directory';
import { calendarDate, hours, money, mondayOf, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link } from '../router';
import { useMe } from '../session';
import { isBreached, ticketsOf } from './Tickets';

const page = (cursor: string | undefined) => ({ limit: 100, ...(cursor ? { cursor } : {}) });

/** An agent's day: their clients and everything waiting on them, across modules. */
export function MyWork() {
  const me = useMe();
  const { clients, client } = useDirectory();
  const ids = clients.map((c) => c.id);
  const key = ids.join(',');
  const tickets = useLoad(async () => (await ticketsOf(ids, { assigneeId: me.user.id })).filter((t) => ['new', 'open', 'pending'].includes(t.status)), `my-tickets:${key}`);
  const batches = useLoad(
    async () =>
      (
        await Promise.all(
          ids.map((clientId) => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/batches', { params: { path: { clientId }, query: { ...page(cursor), status: 'open' } } })))),
        )
      ).flat(),
    `my-batches:${key}`,
  );
  const drafts = useLoad(async () => {
    const [invoices, runs] = await Promise.all([
      Promise.all(ids.map((clientId) => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/invoices', { params: { path: { clientId }, query: { ...page(cursor), status: 'draft' } } }))))),
      Promise.all(ids.map((clientId) => allPages((cursor) => ok(api.GET('/api/clients/{clientId}/payroll-runs', { params: { path: { clientId }, query: { ...page(cursor), status: 'draft' } } }))))),
    ]);
    return { invoices: invoices.flat(), runs: runs.flat() };
  }, `my-drafts:${key}`);
  const openTime = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/time-entries', { params: { query: { ...page(cursor), userId: me.user.id, status: 'open' } } })), 20),
    `my-open-time:${me.user.id}`,
  );
  const week = mondayOf(today());

  return (
    <Page title="My work" meta={<span>Hello, {me.user.name.split(' ')[0]}</span>}>
      <section className="panel" aria-labelledby="my-clients">
        <h2 id="my-clients">My clients</h2>
        {clients.length === 0 ? (
          <Empty>No clients are assigned to you yet.</Empty>
        ) : (
          <ul className="clients chips">
            {clients.map((c) => (
              <li key={c.id}>
                <Link to={`/clients/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid two">
        <WorkPanel title="Tickets assigned to me" id="work-tickets">
          <Async state={tickets.state} retry={tickets.reload} label="your tickets" isEmpty={(list) => list.length === 0} empty="No open tickets are assigned to you.">
            {(list) => (
              <ul className="worklist">
                {list
                  .sort((a, b) => Number(isBreached(b)) - Number(isBreached(a)))
                  .map((t) => (
                    <li key={t.id}>
                      <Link to={`/clients/${t.clientId}/tickets/${t.id}`}>{t.subject}</Link> <StatusBadge status={t.status} />
                      {isBreached(t) ? <span className="badge status-breached">SLA breached</span> : null}
                      <div className="muted">
                        {client(t.clientId)?.name} · {t.priority} priority
                      </div>
                    </li>
                  ))}
              </ul>
            )}
          </Async>
          <Link to="/tickets">All tickets</Link>
        </WorkPanel>
        <WorkPanel title="Time to submit" id="work-time">
          <Async state={openTime.state} retry={openTime.reload} label="your open time" isEmpty={(list) => list.length === 0} empty="All your time is submitted.">
            {(list) => (
              <p>
                <strong>{hours(list.reduce((sum, e) => sum + e.durationSeconds, 0))}</strong> in {list.length} open {list.length === 1 ? 'entry' : 'entries'}, not yet submitted for
                approval.
                {list.some((e) => e.rejectionReason) ? <span className="badge status-rejected">Some were sent back</span> : null}
              </p>
            )}
          </Async>
          <Link to={`/timesheet?week=${week}`}>Open the timesheet</Link>
        </WorkPanel>
        <WorkPanel title="Invoices and payroll in draft" id="work-drafts">
          <Async
            state={drafts.state}
            retry={drafts.reload}
            label="your drafts"
            isEmpty={(d) => d.invoices.length + d.runs.length === 0}
            empty="No invoices or payroll runs in draft."
          >
            {({ invoices, runs }) => (
              <ul className="worklist">
                {invoices.map((invoice) => (
                  <li key={invoice.id}>
                    <Link to={`/clients/${invoice.clientId}/invoices/${invoice.id}`}>Invoice {invoice.number}</Link> to {invoice.customer.name},{' '}
                    {money(invoice.totalMinor, invoice.currency)}
                    {invoice.rejectionReason ? <span className="badge status-rejected">Rejected</span> : null}
                    <div className="muted">{client(invoice.clientId)?.name}</div>
                  </li>
                ))}
                {runs.map((run) => (
                  <li key={run.id}>
                    <Link to={`/clients/${run.clientId}/payroll-runs/${run.id}`}>
                      Payroll {calendarDate(run.periodStart)} – {calendarDate(run.periodEnd)}
                    </Link>
                    {run.rejectionReason ? <span className="badge status-rejected">Rejected</span> : null}
                    <div className="muted">{client(run.clientId)?.name}</div>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </WorkPanel>
        <WorkPanel title="Open data-entry batches" id="work-batches">
          <Async state={batches.state} retry={batches.reload} label="open batches" isEmpty={(list) => list.length === 0} empty="No batches are open for keying.">
            {(list) => (
              <ul className="worklist">
                {list.map((batch) => (
                  <li key={batch.id}>
                    <Link to={`/clients/${batch.clientId}/batches/${batch.id}`}>{batch.name}</Link> · {batch.recordCount} records
                    <div className="muted">{client(batch.clientId)?.name}</div>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </WorkPanel>
      </div>
    </Page>
  );
}

function WorkPanel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
