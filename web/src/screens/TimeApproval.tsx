import { useId, useState } from 'react';
import { allPages, api, ok, type Schema } from '../api/client';
import { Async } from '../components/States';
import { ActionButton, ActionNotice, Page, RejectButton, TableWrap, useAction } from '../components/ui';
import { useDirectory } from '../directory';
import { calendarDate, dateInZone, duration, hours, timeOfDay } from '../lib/format';
import { useLoad } from '../lib/load';
import { EntryWork, inChunks } from './Timesheet';

type TimeEntry = Schema<'TimeEntry'>;

async function entriesWithStatus(status: TimeEntry['status']): Promise<TimeEntry[]> {
  return allPages((cursor) => ok(api.GET('/api/time-entries', { params: { query: { status, limit: 100, ...(cursor ? { cursor } : {}) } } })), 50);
}

/** Managers and owners: approve or send back submitted time, and settle what clients disputed. */
export function TimeApproval() {
  const submitted = useLoad(() => entriesWithStatus('submitted'), 'submitted');
  const disputed = useLoad(() => entriesWithStatus('disputed'), 'disputed');
  return (
    <Page title="Time approval">
      <section className="panel" aria-labelledby="submitted-title">
        <h2 id="submitted-title">Submitted, waiting for approval</h2>
        <Async state={submitted.state} retry={submitted.reload} label="submitted time" isEmpty={(list) => list.length === 0} empty="No submitted time waits for approval.">
          {(list) => <EntrySelection entries={list} mode="submitted" onDone={submitted.reload} />}
        </Async>
      </section>
      <section className="panel" aria-labelledby="disputed-title">
        <h2 id="disputed-title">Disputed by clients</h2>
        <Async state={disputed.state} retry={disputed.reload} label="disputed time" isEmpty={(list) => list.length === 0} empty="No client disputes any time.">
          {(list) => <EntrySelection entries={list} mode="disputed" onDone={disputed.reload} />}
        </Async>
      </section>
    </Page>
  );
}

function EntrySelection({ entries, mode, onDone }: { entries: TimeEntry[]; mode: 'submitted' | 'disputed'; onDone: () => void }) {
  const { client, personName } = useDirectory();
  const [selected, setSelected] = useState<Set<string>>(() => new Set(entries.map((e) => e.id)));
  const { busy, notice, run } = useAction();
  const allId = useId();
  const ids = entries.filter((e) => selected.has(e.id)).map((e) => e.id);
  const total = entries.filter((e) => selected.has(e.id)).reduce((sum, e) => sum + e.durationSeconds, 0);
  const toggle = (id: string) => setSelected((current) => new Set(current.has(id) ? [...current].filter((x) => x !== id) : [...current, id]));
  const act = (name: string, send: (chunk: string[]) => Promise<unknown>, success: string) =>
    run(
      name,
      async () => {
        await inChunks(ids, send);
        onDone();
      },
      success,
    );
  const sorted = [...entries].sort((a, b) => personName(a.userId).localeCompare(personName(b.userId)) || a.startedAt.localeCompare(b.startedAt));

  return (
    <>
      <TableWrap label={mode === 'submitted' ? 'Submitted entries' : 'Disputed entries'}>
        <table>
          <thead>
            <tr>
              <th scope="col">
                <input
                  id={allId}
                  type="checkbox"
                  aria-label="Select all"
                  checked={ids.length === entries.length}
                  onChange={(e) => setSelected(new Set(e.target.checked ? entries.map((x) => x.id) : []))}
                />
              </th>
              <th scope="col">Agent</th>
              <th scope="col">Client</th>
              <th scope="col">When</th>
              <th scope="col">Work</th>
              <th scope="col">Note</th>
              <th scope="col" className="num">
                Duration
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((entry) => {
              const zone = client(entry.clientId)?.timeZone;
              return (
                <tr key={entry.id}>
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(entry.id)}
                      onChange={() => toggle(entry.id)}
                      aria-label={`Select ${personName(entry.userId)}, ${calendarDate(dateInZone(entry.startedAt, zone))} ${timeOfDay(entry.startedAt, zone)}`}
                    />
                  </td>
                  <td>{personName(entry.userId)}</td>
                  <td>{client(entry.clientId)?.name}</td>
                  <td className="nowrap">
                    {calendarDate(dateInZone(entry.startedAt, zone), 'weekday')} {timeOfDay(entry.startedAt, zone)}–{timeOfDay(entry.endedAt, zone)}
                  </td>
                  <td>
                    <EntryWork entry={entry} />
                  </td>
                  <td>
                    {entry.note}
                    {entry.billable ? null : <span className="badge">Non-billable</span>}
                    {entry.disputeReason ? <div className="field-error">Client: {entry.disputeReason}</div> : null}
                  </td>
                  <td className="num">{duration(entry.durationSeconds)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <p className="muted">
        {ids.length} selected, {hours(total)}
      </p>
      <div className="row wrap">
        {mode === 'submitted' ? (
          <>
            <ActionButton
              name="approve"
              busy={busy}
              disabled={ids.length === 0}
              onClick={() => act('approve', (chunk) => ok(api.POST('/api/time-entries/approve', { body: { ids: chunk } })), `Approved ${ids.length} entries.`)}
            >
              Approve selected
            </ActionButton>
            <RejectButton
              what="the selected entries"
              draftKey="time-approval"
              busy={busy}
              label="Send back"
              sendLabel="Send back to the agents"
              onReject={(reason) => act('reject:time-approval', (chunk) => ok(api.POST('/api/time-entries/reject', { body: { ids: chunk, reason } })), `Sent ${ids.length} entries back.`)}
            />
          </>
        ) : (
          <>
            <ActionButton
              name="uphold"
              busy={busy}
              disabled={ids.length === 0}
              onClick={() => act('uphold', (chunk) => ok(api.POST('/api/time-entries/resolve', { body: { ids: chunk, resolution: 'uphold' } })), 'Upheld: the entries stay billable.')}
            >
              Uphold (keep billable)
            </ActionButton>
            <ActionButton
              name="reopen"
              busy={busy}
              kind="secondary"
              disabled={ids.length === 0}
              onClick={() => act('reopen', (chunk) => ok(api.POST('/api/time-entries/resolve', { body: { ids: chunk, resolution: 'reopen' } })), 'Reopened for their agents.')}
            >
              Reopen for the agents
            </ActionButton>
          </>
        )}
      </div>
      <ActionNotice notice={notice} />
    </>
  );
}
