import type { ReactNode } from 'react';
import { allPages, api, ok, type Schema } from '../api/client';
import { Async } from '../components/States';
import { ActionNotice, Page, TableWrap, useAction } from '../components/ui';
import { type Client, useClient } from '../directory';
import { calendarDate, dateInZone, duration, hours, mondayOf, money, percent, timeOfDay } from '../lib/format';
import { useLoad } from '../lib/load';
import { Link } from '../router';
import { useMe } from '../session';
import { NotVisible } from './Clients';
import { ReviewButtons } from './Invoices';
import { EntryWork, inChunks } from './Timesheet';

type TimeEntry = Schema<'TimeEntry'>;

interface Awaiting {
  invoices: Schema<'Invoice'>[];
  runs: Schema<'PayrollRun'>[];
  batches: Schema<'Batch'>[];
  weeks: { week: string; entries: TimeEntry[] }[];
}

async function awaiting(client: Client): Promise<Awaiting> {
  const clientId = client.id;
  const page = <T,>(cursor: string | undefined, fetch: (query: { limit: number; cursor?: string }) => Promise<{ items: T[]; nextCursor: string | null }>) =>
    fetch({ limit: 100, ...(cursor ? { cursor } : {}) });
  const [invoices, runs, batches, entries] = await Promise.all([
    allPages((cursor) =>
      page(cursor, (query) => ok(api.GET('/api/clients/{clientId}/invoices', { params: { path: { clientId }, query: { ...query, status: 'pending_approval' } } }))),
    ),
    allPages((cursor) =>
      page(cursor, (query) => ok(api.GET('/api/clients/{clientId}/payroll-runs', { params: { path: { clientId }, query: { ...query, status: 'pending_approval' } } }))),
    ),
    allPages((cursor) =>
      page(cursor, (query) => ok(api.GET('/api/clients/{clientId}/batches', { params: { path: { clientId }, query: { ...query, status: 'pending_approval' } } }))),
    ),
    // Hours wait for the reviewer only when the client signs off time before it is billed.
    client.clientApprovalRequired
      ? allPages((cursor) => page(cursor, (query) => ok(api.GET('/api/time-entries', { params: { query: { ...query, clientId, status: 'approved' } } }))), 50)
      : Promise.resolve([] as TimeEntry[]),
  ]);
  const weeks = new Map<string, TimeEntry[]>();
  for (const entry of entries.filter((e) => !e.clientApprovedAt)) {
    const week = mondayOf(dateInZone(entry.startedAt, client.timeZone));
    weeks.set(week, [...(weeks.get(week) ?? []), entry]);
  }
  return {
    invoices,
    runs,
    batches,
    weeks: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, list]) => ({ week, entries: list.sort((a, b) => a.startedAt.localeCompare(b.startedAt)) })),
  };
}

function countOf(data: Awaiting): number {
  return data.invoices.length + data.runs.length + data.batches.length + data.weeks.length;
}

/** The client reviewer's one inbox: everything across modules that waits for their yes or no. */
export function Approvals() {
  const me = useMe();
  const client = useClient(me.user.clientId ?? '');
  const inbox = useLoad(() => (client ? awaiting(client) : Promise.reject(new Error('No client'))), `awaiting:${client?.id}`);
  const { busy, notice, run } = useAction();
  if (!client) return <NotVisible />;
  const clientId = client.id;
  const act = (name: string, action: () => Promise<unknown>, success: string) =>
    run(
      name,
      async () => {
        await action();
        inbox.reload();
      },
      success,
    );
  const count = inbox.state.data ? countOf(inbox.state.data) : undefined;

  return (
    <Page title="Awaiting your approval" meta={<span>{client.name}</span>}>
      <ActionNotice notice={notice} />
      <Async
        state={inbox.state}
        retry={inbox.reload}
        label="what awaits your approval"
        isEmpty={(data) => countOf(data) === 0}
        empty="Nothing is waiting for you. Everything the firm sent you has an answer."
      >
        {(data) => (
          <>
            <p className="lead">
              {count} {count === 1 ? 'item waits' : 'items wait'} for your answer.
            </p>
            <ul className="inbox">
              {data.invoices.map((invoice) => (
                <InboxItem
                  key={invoice.id}
                  kind="Invoice"
                  title={<Link to={`/clients/${clientId}/invoices/${invoice.id}`}>{`Invoice ${invoice.number} to ${invoice.customer.name}`}</Link>}
                  facts={[`Total ${money(invoice.totalMinor, invoice.currency)}`, `Due ${calendarDate(invoice.dueDate)}`, `${invoice.lines.length} lines`]}
                >
                  <ReviewButtons
                    what={`invoice ${invoice.number}`}
                    draftKey={`invoice:${invoice.id}`}
                    busy={busy}
                    onApprove={() =>
                      act(
                        `approve:invoice:${invoice.id}`,
                        () => ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/approve', { params: { path: { clientId, invoiceId: invoice.id } }, body: { version: invoice.version } })),
                        `Invoice ${invoice.number} approved.`,
                      )
                    }
                    onReject={(reason) =>
                      act(
                        `reject:invoice:${invoice.id}`,
                        () =>
                          ok(api.POST('/api/clients/{clientId}/invoices/{invoiceId}/reject', { params: { path: { clientId, invoiceId: invoice.id } }, body: { reason, version: invoice.version } })),
                        `Invoice ${invoice.number} rejected; the firm will see your reason.`,
                      )
                    }
                  />
                </InboxItem>
              ))}
              {data.runs.map((payrollRun) => {
                const label = `${calendarDate(payrollRun.periodStart)} – ${calendarDate(payrollRun.periodEnd)}`;
                return (
                  <InboxItem
                    key={payrollRun.id}
                    kind="Payroll run"
                    title={<Link to={`/clients/${clientId}/payroll-runs/${payrollRun.id}`}>{`Payroll ${label}`}</Link>}
                    facts={[`Net pay ${money(payrollRun.netMinor, payrollRun.currency)}`, `${payrollRun.lines.length} employees`, `Pay date ${calendarDate(payrollRun.payDate)}`]}
                  >
                    <ReviewButtons
                      what={`payroll run ${label}`}
                      draftKey={`run:${payrollRun.id}`}
                      busy={busy}
                      onApprove={() =>
                        act(
                          `approve:run:${payrollRun.id}`,
                          () => ok(api.POST('/api/clients/{clientId}/payroll-runs/{runId}/approve', { params: { path: { clientId, runId: payrollRun.id } }, body: { version: payrollRun.version } })),
                          'Payroll run approved.',
                        )
                      }
                      onReject={(reason) =>
                        act(
                          `reject:run:${payrollRun.id}`,
                          () =>
                            ok(
                              api.POST('/api/clients/{clientId}/payroll-runs/{runId}/reject', { params: { path: { clientId, runId: payrollRun.id } }, body: { reason, version: payrollRun.version } }),
                            ),
                          'Payroll run rejected; the firm will see your reason.',
                        )
                      }
                    />
                  </InboxItem>
                );
              })}
              {data.batches.map((batch) => (
                <InboxItem
                  key={batch.id}
                  kind="Data-entry batch"
                  title={<Link to={`/clients/${clientId}/batches/${batch.id}`}>{batch.name}</Link>}
                  facts={[`${batch.recordCount} records`, `${batch.checkedCount} checked`, `Accuracy ${percent(batch.accuracy)}`]}
                >
                  <ReviewButtons
                    what={`batch ${batch.name}`}
                    draftKey={`batch:${batch.id}`}
                    busy={busy}
                    approveLabel="Accept"
                    onApprove={() =>
                      act(`approve:batch:${batch.id}`, () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/approve', { params: { path: { clientId, batchId: batch.id } } })), `Batch ${batch.name} accepted.`)
                    }
                    onReject={(reason) =>
                      act(
                        `reject:batch:${batch.id}`,
                        () => ok(api.POST('/api/clients/{clientId}/batches/{batchId}/reject', { params: { path: { clientId, batchId: batch.id } }, body: { reason } })),
                        `Batch ${batch.name} sent back with your reason.`,
                      )
                    }
                  />
                </InboxItem>
              ))}
              {data.weeks.map(({ week, entries }) => {
                const total = entries.reduce((sum, entry) => sum + entry.durationSeconds, 0);
                const ids = entries.map((entry) => entry.id);
                return (
                  <InboxItem
                    key={week}
                    kind="Hours to sign off"
                    title={`Hours, week of ${calendarDate(week)}`}
                    facts={[`${hours(total)} in ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`, `${hours(entries.filter((e) => e.billable).reduce((s, e) => s + e.durationSeconds, 0))} billable`]}
                    details={<EntriesTable client={client} entries={entries} />}
                  >
                    <ReviewButtons
                      what={`the hours of the week of ${calendarDate(week)}`}
                      draftKey={`hours:${week}`}
                      busy={busy}
                      approveLabel="Sign off"
                      rejectLabel="Dispute"
                      onApprove={() => act(`approve:hours:${week}`, () => inChunks(ids, (chunk) => ok(api.POST('/api/time-entries/client-approve', { body: { ids: chunk } }))), 'Hours signed off.')}
                      onReject={(reason) =>
                        act(`reject:hours:${week}`, () => inChunks(ids, (chunk) => ok(api.POST('/api/time-entries/dispute', { body: { ids: chunk, reason } }))), 'Hours disputed; the firm will see your reason.')
                      }
                    />
                  </InboxItem>
                );
              })}
            </ul>
          </>
        )}
      </Async>
    </Page>
  );
}

function InboxItem({ kind, title, facts, details, children }: { kind: string; title: ReactNode; facts: string[]; details?: ReactNode; children: ReactNode }) {
  return (
    <li className="inbox-item card">
      <p className="kind">{kind}</p>
      <h2>{title}</h2>
      <p className="facts-inline">{facts.join(' · ')}</p>
      {details ? (
        <details>
          <summary>Show the entries</summary>
          {details}
        </details>
      ) : null}
      {children}
    </li>
  );
}

export function EntriesTable({ client, entries }: { client: Client; entries: TimeEntry[] }) {
  return (
    <TableWrap label="Time entries">
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col">Work</th>
            <th scope="col">Note</th>
            <th scope="col" className="num">
              Duration
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{calendarDate(dateInZone(entry.startedAt, client.timeZone), 'weekday')}</td>
              <td className="nowrap">
                {timeOfDay(entry.startedAt, client.timeZone)}–{timeOfDay(entry.endedAt, client.timeZone)}
              </td>
              <td>
                <EntryWork entry={entry} />
              </td>
              <td>
                {entry.note}
                {entry.billable ? null : <span className="badge">Non-billable</span>}
              </td>
              <td className="num">{duration(entry.durationSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
