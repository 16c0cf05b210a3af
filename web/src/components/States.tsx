import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { Loaded } from '../lib/load';

/** The three states every screen has besides its content: loading, empty and failed. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="state loading" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {label}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = error.details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
    return fields ? `${error.message} (${fields})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorState({ error, retry, label }: { error: unknown; retry?: () => void; label?: string }) {
  return (
    <div className="state error" role="alert">
      <p>
        {label ? `Could not load ${label}. ` : ''}
        {errorMessage(error)}
      </p>
      {retry ? (
        <button type="button" className="secondary" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * Renders a loaded value: a spinner while loading, the error with a retry, the `empty` text when
 * `isEmpty` says so, and otherwise `children(data)`.
 */
export function Async<T>({
  state,
  retry,
  label,
  isEmpty,
  empty,
  children,
}: {
  state: Loaded<T>;
  retry?: () => void;
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children?: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <Loading label={label} />;
  if (state.status === 'error') return <ErrorState error={state.error} retry={retry} label={label} />;
  if (isEmpty?.(state.data)) return <Empty>{empty ?? `No ${label} yet.`}</Empty>;
  return <>{children?.(state.data)}</>;
}

/** A place for an action's outcome: errors are announced assertively, successes politely. */
export function Notice({ notice }: { notice: { kind: 'error' | 'success'; text: string } | undefined }) {
  return (
    <div className="notice-slot" aria-live="polite">
      {notice?.kind === 'error' ? (
        <p className="notice error" role="alert">
          {notice.text}
        </p>
      ) : null}
      {notice?.kind === 'success' ? <p className="notice success">{notice.text}</p> : null}
    </div>
  );
}
