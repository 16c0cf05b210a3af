import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, downloadFile } from '../api/client';
import { useDraft } from '../lib/drafts';
import { statusLabel } from '../lib/format';
import { Link } from '../router';
import { errorMessage, Notice } from './States';

/**
 * A screen: its heading (focused when the screen opens, so screen readers announce where they are),
 * the document title, optional breadcrumbs and actions.
 */
export function Page({
  title,
  crumbs,
  actions,
  children,
  meta,
}: {
  title: string;
  crumbs?: { to: string; label: string }[];
  actions?: ReactNode;
  meta?: ReactNode;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Backdesk`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      {crumbs?.length ? (
        <nav aria-label="Breadcrumb" className="crumbs">
          <ol>
            {crumbs.map((crumb) => (
              <li key={crumb.to}>
                <Link to={crumb.to}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {meta ? <div className="page-meta">{meta}</div> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span className={`badge status-${status}`}>{label ?? statusLabel(status)}</span>;
}

/** An action's outcome; `source` names the action, so a screen can show it beside the right controls. */
export type NoticeValue = { kind: 'error' | 'success'; text: string; source?: string } | undefined;

/**
 * Runs a screen's actions one at a time: `busy` names the running one (its button shows it and the
 * others wait), and the outcome lands in `notice`. An expired session is handled by the session.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | undefined>();
  const [notice, setNotice] = useState<NoticeValue>();
  const run = useCallback(async (name: string, action: () => Promise<unknown>, success?: string): Promise<boolean> => {
    setBusy(name);
    setNotice(undefined);
    try {
      await action();
      if (success) setNotice({ kind: 'success', text: success, source: name });
      return true;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) setNotice({ kind: 'error', text: errorMessage(error), source: name });
      return false;
    } finally {
      setBusy(undefined);
    }
  }, []);
  return { busy, notice, setNotice, run };
}

export function ActionNotice({ notice, sources }: { notice: NoticeValue; sources?: string[] }) {
  const shown = notice && (!sources || (notice.source !== undefined && sources.includes(notice.source))) ? notice : undefined;
  return <Notice notice={shown} />;
}

/** A button for an action: disabled while any action of the screen runs, saying which one. */
export function ActionButton({
  name,
  busy,
  onClick,
  children,
  kind = 'primary',
  disabled,
  type = 'button',
}: {
  name: string;
  busy: string | undefined;
  onClick?: () => void;
  children: ReactNode;
  kind?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  type?: 'button' | 'submit';
}) {
  return (
    <button type={type} className={kind} onClick={onClick} disabled={disabled || busy !== undefined} aria-busy={busy === name}>
      {busy === name ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}

/**
 * Reject with a reason: the button opens a small form (focus moves to the reason), the reason is a
 * draft until it is sent, and sending calls `onReject`.
 */
export function RejectButton({
  what,
  draftKey,
  busy,
  onReject,
  label = 'Reject',
  sendLabel = 'Send rejection',
}: {
  what: string;
  draftKey: string;
  busy: string | undefined;
  onReject: (reason: string) => Promise<boolean>;
  label?: string;
  sendLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason, clearReason] = useDraft(`reject:${draftKey}`, '');
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);
  useEffect(() => {
    if (reason) setOpen(true);
  }, [reason]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    if (await onReject(reason.trim())) {
      clearReason();
      setOpen(false);
    }
  };
  if (!open) {
    return (
      <button type="button" className="danger" onClick={() => setOpen(true)} disabled={busy !== undefined} aria-label={`${label} ${what}`}>
        {label}…
      </button>
    );
  }
  return (
    <form className="reject-form" onSubmit={submit}>
      <label htmlFor={id} className="reject-label">
        Reason for rejecting {what}
      </label>
      <textarea id={id} ref={textarea} value={reason} onChange={(event) => setReason(event.target.value)} required rows={2} maxLength={1000} />
      <div className="row">
        <ActionButton name={`reject:${draftKey}`} busy={busy} type="submit" kind="danger" disabled={!reason.trim()}>
          {sendLabel}
        </ActionButton>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clearReason();
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Downloads an authenticated file (PDF, CSV); errors show beside the button. */
export function DownloadButton({ path, fileName, children }: { path: string; fileName: string; children: ReactNode }) {
  const { busy, notice, run } = useAction();
  return (
    <span className="download">
      <ActionButton name="download" busy={busy} kind="secondary" onClick={() => run('download', () => downloadFile(path, fileName))}>
        {children}
      </ActionButton>
      {notice ? <ActionNotice notice={notice} /> : null}
    </span>
  );
}

/** A labelled form control: the label names the control for screen readers, the hint describes it. */
export function Field({ label, hint, children, id }: { label: string; hint?: string; children: (id: string, describedBy?: string) => ReactNode; id?: string }) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={controlId}>{label}</label>
      {children(controlId, hintId)}
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** A table that scrolls sideways on a narrow screen instead of squeezing its columns. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
