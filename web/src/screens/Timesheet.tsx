import { type FormEvent, useId } from 'react';
import { api, ok, type Schema } from '../api/client';
import { Async, Empty } from '../components/States';
import { ActionButton, ActionNotice, Field, Page, StatusBadge, TableWrap, useAction } from '../components/ui';
import { useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { addDays, calendarDate, dateInZone, duration, hours, mondayOf, timeOfDay, today, zonedToUtc } from '../lib/format';
import { useLoad } from '../lib/load';
import { WORK_ITEM_LABEL, workItemPath } from '../lib/paths';
import { Link, useRouter } from '../router';
import { CATEGORIES, useTimer } from '../timer';

type TimeEntry = Schema<'TimeEntry'>;
type Timesheet = Schema<'Timesheet'>;

/** Sends ids in the API's batches of at most 40. */
export async function inChunks(ids: string[], send: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < ids.length; index += 40) await send(ids.slice(index, index + 40));
}

/** A time entry's work item as a link ("Ticket: Invoice shows the wrong amount"), or its category. */
export function EntryWork({ entry }: { entry: TimeEntry }) {
  if (!entry.workItem) return <span className="muted">{entry.category}</span>;
  const label = `${WORK_ITEM_LABEL[entry.workItem.type]}${entry.workItem.title ? `: ${entry.workItem.title}` : ''}`;
  return <Link to={workItemPath(entry.clientId, entry.workItem)}>{label}</Link>;
}

/** The signed-in member's week: entries by day in each client's time zone, totals, manual entries, submit. */
export function TimesheetScreen() {
  const { query } = useRouter();
  const { client } = useDirectory();
  const timer = useTimer();
  const week = mondayOf(query.get('week') ?? today());
  const sheet = useLoad(() => ok(api.GET('/api/timesheet', { params: { query: { weekOf: week } } })), `timesheet:${week}:${timer.timer?.startedAt ?? ''}`);
  const { busy, notice, run } = useAction();

  const submitWeek = (entries: TimeEntry[]) => {
    const open = entries.filter((entry) => entry.status === 'open').map((entry) => entry.id);
    return run(
      'submit',
      async () => {
        await inChunks(open, (ids) => ok(api.POST('/api/time-entries/submit', { body: { ids } })));
        sheet.reload();
      },
      `Submitted ${open.length} ${open.length === 1 ? 'entry' : 'entries'} for approval.`,
    );
  };
  const remove = (entry: TimeEntry) =>
    run(
      `delete:${entry.id}`,
      async () => {
        await ok(api.DELETE('/api/time-entries/{entryId}', { params: { path: { entryId: entry.id }, query: { version: entry.version } } }));
        sheet.reload();
      },
      'Entry deleted.',
    );

  return (
    <Page
      title="Timesheet"
      meta={<span>Week of {calendarDate(week)}</span>}
      actions={
        <nav aria-label="Weeks" className="row">
          <Link className="button secondary" to={`/timesheet?week=${addDays(week, -7)}`}>
            Previous week
          </Link>
          <Link className="button secondary" to="/timesheet">
            This week
          </Link>
          <Link className="button secondary" to={`/timesheet?week=${addDays(week, 7)}`}>
            Next week
          </Link>
        </nav>
      }
    >
      <Async state={sheet.state} retry={sheet.reload} label="your timesheet">
        {(data: Timesheet) => {
          const open = data.entries.filter((entry) => entry.status === 'open');
          const byDay = new Map<string, TimeEntry[]>();
          for (const entry of [...data.entries].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
            const date = dateInZone(entry.startedAt, client(entry.clientId)?.timeZone);
            byDay.set(date, [...(byDay.get(date) ?? []), entry]);
          }
          return (
            <>
              <dl className="stats">
                <div>
                  <dt>Total</dt>
                  <dd>{hours(data.totalSeconds)}</dd>
                </div>
                <div>
                  <dt>Billable</dt>
                  <dd>{hours(data.billableSeconds)}</dd>
                </div>
                {data.clients.map((c) => (
                  <div key={c.clientId}>
                    <dt>{client(c.clientId)?.name ?? 'Client'}</dt>
                    <dd>{hours(c.seconds)}</dd>
                  </div>
                ))}
              </dl>
              <div className="row wrap">
                <ActionButton name="submit" busy={busy} onClick={() => submitWeek(data.entries)} disabled={open.length === 0}>
                  {open.length ? `Submit ${open.length} open ${open.length === 1 ? 'entry' : 'entries'} for approval` : 'Nothing to submit'}
                </ActionButton>
                <ActionNotice notice={notice} />
              </div>
              {data.entries.length === 0 ? (
                <Empty>No time tracked this week. Start the timer above, or add an entry below.</Empty>
              ) : (
                [...byDay.entries()].map(([date, entries]) => (
                  <section key={date} className="panel day" aria-labelledby={`day-${date}`}>
                    <h2 id={`day-${date}`}>
                      {calendarDate(date, 'weekday')} <span className="muted">{duration(entries.reduce((sum, e) => sum + e.durationSeconds, 0))}</span>
                    </h2>
                    <TableWrap label={`Entries on ${calendarDate(date, 'weekday')}`}>
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">Time</th>
                            <th scope="col">Client</th>
                            <th scope="col">Work</th>
                            <th scope="col">Note</th>
                            <th scope="col" className="num">
                              Duration
                            </th>
                            <th scope="col">Status</th>
                            <th scope="col">
                              <span className="visually-hidden">Actions</span>
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {entries.map((entry) => {
                            const zone = client(entry.clientId)?.timeZone;
                            return (
                              <tr key={entry.id}>
                                <td className="nowrap">
                                  {timeOfDay(entry.startedAt, zone)}–{timeOfDay(entry.endedAt, zone)}
                                </td>
                                <td>{client(entry.clientId)?.name}</td>
                                <td>
                                  <EntryWork entry={entry} />
                                </td>
                                <td>
                                  {entry.note}
                                  {entry.billable ? null : <span className="badge">Non-billable</span>}
                                  {entry.rejectionReason && entry.status === 'open' ? <div className="field-error">Sent back: {entry.rejectionReason}</div> : null}
                                </td>
                                <td className="num">{duration(entry.durationSeconds)}</td>
                                <td>
                                  <StatusBadge status={entry.status} />
                                </td>
                                <td>
                                  {entry.status === 'open' ? (
                                    <ActionButton name={`delete:${entry.id}`} busy={busy} kind="secondary" onClick={() => remove(entry)}>
                                      Delete <span className="visually-hidden">entry at {timeOfDay(entry.startedAt, zone)}</span>
                                    </ActionButton>
                                  ) : null}
                                </td>
                              </tr>
                            );
                          })}
                        </tbody>
                      </table>
                    </TableWrap>
                  </section>
                ))
              )}
              <ManualEntry week={week} onAdded={sheet.reload} />
            </>
          );
        }}
      </Async>
    </Page>
  );
}

function ManualEntry({ week, onAdded }: { week: string; onAdded: () => void }) {
  const { clients, client } = useDirectory();
  const active = clients.filter((c) => c.active);
  const initial = { clientId: active[0]?.id ?? '', date: week <= today() && today() < addDays(week, 7) ? today() : week, start: '09:00', end: '10:00', category: 'bookkeeping', note: '', billable: true };
  const [form, setForm, clearForm] = useDraft(`manual-entry:${week}`, initial);
  const { busy, notice, setNotice, run } = useAction();
  const chosen = client(form.clientId) ?? active[0];
  const categories = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    if (form.end <= form.start) {
      setNotice({ kind: 'error', text: 'The end time must be after the start time.' });
      return;
    }
    const added = await run(
      'add',
      () =>
        ok(
          api.POST('/api/time-entries', {
            body: {
              clientId: chosen.id,
              startedAt: zonedToUtc(form.date, form.start, chosen.timeZone),
              endedAt: zonedToUtc(form.date, form.end, chosen.timeZone),
              billable: form.billable,
              category: form.category.trim() || 'bookkeeping',
              note: form.note.trim(),
            },
          }),
        ),
      'Entry added.',
    );
    if (added) {
      clearForm();
      onAdded();
    }
  };
  if (!chosen) return null;
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="manual-entry-title">
      <h2 id="manual-entry-title">Add time by hand</h2>
      <div className="form-grid">
        <Field label="Client">
          {(id) => (
            <select id={id} value={chosen.id} onChange={(e) => setForm({ ...form, clientId: e.target.value })}>
              {active.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date">{(id) => <input id={id} type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} required />}</Field>
        <Field label="From" hint={`${chosen.timeZone} time`}>
          {(id, hint) => <input id={id} aria-describedby={hint} type="time" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} required />}
        </Field>
        <Field label="To" hint={`${chosen.timeZone} time`}>
          {(id, hint) => <input id={id} aria-describedby={hint} type="time" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} required />}
        </Field>
        <Field label="Category">
          {(id) => (
            <>
              <input id={id} list={categories} value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value })} />
              <datalist id={categories}>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Note">{(id) => <input id={id} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} maxLength={500} />}</Field>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={form.billable} onChange={(e) => setForm({ ...form, billable: e.target.checked })} /> Billable
          </label>
        </div>
      </div>
      <div className="row">
        <ActionButton name="add" busy={busy} type="submit">
          Add entry
        </ActionButton>
      </div>
      <ActionNotice notice={notice} />
    </form>
  );
}
