import { type FormEvent, useEffect, useId, useState } from 'react';
import type { WorkItemRef } from '../api/client';
import { useDirectory } from '../directory';
import { clock, duration } from '../lib/format';
import { Link } from '../router';
import { CATEGORIES, useTimer } from '../timer';
import { ActionButton, ActionNotice, useAction } from './ui';

const TYPE_LABEL: Record<WorkItemRef['type'], string> = {
  invoice: 'Invoice',
  payroll_run: 'Payroll run',
  batch: 'Batch',
  ticket: 'Ticket',
  billing_invoice: 'Billing invoice',
};

/** The elapsed time, re-rendered every second on its own so the rest of the screen does not. */
function Elapsed() {
  const { elapsedSeconds } = useTimer();
  const [, tick] = useState(0);
  useEffect(() => {
    const interval = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(interval);
  }, []);
  return (
    <strong className="elapsed" role="timer" aria-label={`Elapsed ${duration(elapsedSeconds())}`}>
      {clock(elapsedSeconds())}
    </strong>
  );
}

/** On every screen of a firm member: the running timer with its stop button, or a quick start. */
export function TimerBar() {
  const timer = useTimer();
  const { clients, client } = useDirectory();
  const { busy, notice, setNotice, run } = useAction();
  const [clientId, setClientId] = useState('');
  const [note, setNote] = useState('');
  const [category, setCategory] = useState('');
  const ids = { client: useId(), note: useId(), category: useId(), categories: useId() };
  const active = clients.filter((c) => c.active);
  const chosen = clientId || active[0]?.id || '';

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    await run('start', () => timer.start({ clientId: chosen, note: note.trim(), ...(category.trim() ? { category: category.trim() } : {}) }));
    setNote('');
  };
  const stop = () =>
    run('stop', async () => {
      const entry = await timer.stop();
      setNotice({
        kind: 'success',
        text: `Saved ${duration(entry.durationSeconds)} on ${client(entry.clientId)?.name ?? 'the client'} as an open time entry.`,
      });
    });

  if (timer.loadError) {
    return (
      <section className="timer-bar" aria-label="Timer">
        <p role="alert">The timer could not be read: {timer.loadError.message}</p>
        <button type="button" className="secondary" onClick={timer.reload}>
          Try again
        </button>
      </section>
    );
  }
  if (!timer.loaded) {
    return (
      <section className="timer-bar" aria-label="Timer">
        <p role="status">Reading your timer…</p>
      </section>
    );
  }
  const running = timer.timer;
  return (
    <section className={`timer-bar${running ? ' running' : ''}`} aria-label="Timer">
      {running ? (
        <div className="timer-running">
          <span className="pulse" aria-hidden="true" />
          <span className="visually-hidden">Timer running:</span>
          <Elapsed />
          <span className="timer-what">
            <strong>{client(running.clientId)?.name ?? 'A client'}</strong>
            {running.workItem ? <span> · {timer.label ?? TYPE_LABEL[running.workItem.type]}</span> : null}
            {running.note ? <span> · {running.note}</span> : null}
          </span>
          <ActionButton name="stop" busy={busy} kind="danger" onClick={stop}>
            Stop timer
          </ActionButton>
        </div>
      ) : active.length ? (
        <form className="timer-start" onSubmit={start}>
          <span className="timer-idle">No timer running</span>
          <label htmlFor={ids.client} className="visually-hidden">
            Client to time
          </label>
          <select id={ids.client} value={chosen} onChange={(event) => setClientId(event.target.value)}>
            {active.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.category} className="visually-hidden">
            Category
          </label>
          <input id={ids.category} list={ids.categories} placeholder="Category" value={category} onChange={(event) => setCategory(event.target.value)} size={12} />
          <datalist id={ids.categories}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <label htmlFor={ids.note} className="visually-hidden">
            What you are working on
          </label>
          <input id={ids.note} placeholder="What are you working on?" value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
          <ActionButton name="start" busy={busy} type="submit">
            Start timer
          </ActionButton>
        </form>
      ) : (
        <p className="timer-idle">No clients to time yet.</p>
      )}
      {notice ? (
        <div className="timer-notice">
          <ActionNotice notice={notice} />
          {notice.kind === 'success' ? <Link to="/timesheet">Open the timesheet</Link> : null}
        </div>
      ) : null}
    </section>
  );
}

/** "Start timer" on a work item or client screen; says so when the timer already runs on it. */
export function StartTimerButton({ clientId, workItem, label }: { clientId: string; workItem?: WorkItemRef; label?: string }) {
  const timer = useTimer();
  const { busy, notice, run } = useAction();
  const running = timer.timer;
  const here = running && running.clientId === clientId && running.workItem?.id === workItem?.id && running.workItem?.type === workItem?.type;
  if (here) {
    return (
      <span className="timing-here">
        <span className="pulse" aria-hidden="true" /> Timer running on this
      </span>
    );
  }
  return (
    <span className="start-timer">
      <ActionButton
        name="start"
        busy={busy}
        kind="secondary"
        onClick={() => run('start', () => timer.start({ clientId, ...(workItem ? { workItem } : {}), ...(label ? { label } : {}) }))}
      >
        {running ? 'Switch timer to this' : 'Start timer'}
      </ActionButton>
      <ActionNotice notice={notice} />
    </span>
  );
}
