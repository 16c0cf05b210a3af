import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, ok, type Schema, type WorkItemRef, type WorkItemType } from './api/client';
import { useLoad } from './lib/load';

export type Timer = Schema<'Timer'>;
export type TimeEntry = Schema<'TimeEntry'>;

/** The categories the firm bills by (rate cards may price each); people may type others. */
export const CATEGORIES = ['bookkeeping', 'payroll', 'data-entry', 'support'];

export const CATEGORY_OF: Record<WorkItemType, string> = {
  invoice: 'bookkeeping',
  payroll_run: 'payroll',
  batch: 'data-entry',
  ticket: 'support',
  billing_invoice: 'bookkeeping',
};

export interface StartInput {
  clientId: string;
  workItem?: WorkItemRef;
  /** What the work item is called ("Ticket: Invoice shows the wrong amount"), shown in the bar. */
  label?: string;
  category?: string;
  note?: string;
  billable?: boolean;
}

interface TimerApi {
  timer: Timer['timer'];
  loaded: boolean;
  loadError: Error | undefined;
  /** Seconds since the timer started, by the server's clock (call it on each tick). */
  elapsedSeconds: () => number;
  label: string | undefined;
  start: (input: StartInput) => Promise<void>;
  stop: () => Promise<TimeEntry>;
  reload: () => void;
}

const TimerContext = createContext<TimerApi | undefined>(undefined);
const LABEL_KEY = 'backdesk.timerLabel';

/**
 * The one running timer of the signed-in firm member. It lives in the API (`GET /api/timer`), so it
 * survives a reload, another tab and another device; the bar only ticks the clock between reads.
 */
export function TimerProvider({ children, enabled }: { children: ReactNode; enabled: boolean }) {
  const loader = useLoad<Timer>(
    async () => (enabled ? ok(api.GET('/api/timer')) : { running: false, timer: null }),
    `timer:${enabled}`,
  );
  const timer = loader.state.data?.timer ?? null;
  // The server's elapsed seconds at the moment of reading, against our clock: no trust in the browser's time.
  const [anchor, setAnchor] = useState<{ at: number; elapsed: number } | undefined>();
  useEffect(() => {
    setAnchor(timer ? { at: Date.now(), elapsed: timer.elapsedSeconds } : undefined);
  }, [timer]);
  const elapsedSeconds = useCallback(() => (anchor ? anchor.elapsed + Math.max(0, (Date.now() - anchor.at) / 1000) : 0), [anchor]);
  const [label, setLabel] = useState<string | undefined>(() => sessionStorage.getItem(LABEL_KEY) ?? undefined);

  const stop = useCallback(async () => {
    let entry: TimeEntry;
    try {
      entry = await ok(api.POST('/api/timer/stop'));
    } catch (error) {
      // Stopped (or restarted) in another tab or on another device: show the timer as it now is.
      if (error instanceof ApiError && error.status === 409) loader.reload();
      throw error;
    }
    loader.set({ running: false, timer: null });
    sessionStorage.removeItem(LABEL_KEY);
    setLabel(undefined);
    return entry;
  }, [loader.set, loader.reload]);

  const start = useCallback(
    async (input: StartInput) => {
      if (loader.state.data?.running) await stop();
      const started = await ok(
        api.POST('/api/timer/start', {
          body: {
            clientId: input.clientId,
            ...(input.workItem ? { workItem: input.workItem } : {}),
            category: input.category ?? (input.workItem ? CATEGORY_OF[input.workItem.type] : 'bookkeeping'),
            note: input.note ?? '',
            billable: input.billable ?? true,
          },
        }),
      ).catch((error: unknown) => {
        // Started in another tab or on another device: show that timer rather than a stale bar.
        if (error instanceof ApiError && error.status === 409) loader.reload();
        throw error;
      });
      if (input.label) sessionStorage.setItem(LABEL_KEY, input.label);
      else sessionStorage.removeItem(LABEL_KEY);
      setLabel(input.label);
      loader.set(started);
    },
    [loader.set, loader.reload, loader.state.data?.running, stop],
  );

  const value = useMemo<TimerApi>(
    () => ({
      timer,
      loaded: loader.state.status === 'ready',
      loadError: loader.state.error,
      elapsedSeconds,
      label: timer ? label : undefined,
      start,
      stop,
      reload: loader.reload,
    }),
    [timer, loader.state.status, loader.state.error, elapsedSeconds, label, start, stop, loader.reload],
  );
  return <TimerContext.Provider value={value}>{children}</TimerContext.Provider>;
}

export function useTimer(): TimerApi {
  const timer = useContext(TimerContext);
  if (!timer) throw new Error('useTimer outside TimerProvider');
  return timer;
}
