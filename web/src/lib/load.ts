import { useCallback, useEffect, useRef, useState } from 'react';

/** What a screen shows while it reads: loading, the error, or the data. */
export type Loaded<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }
  | { status: 'ready'; data: T; error?: undefined };

export interface Loader<T> {
  state: Loaded<T>;
  /** Reads again; the current data stays on screen until the new data arrives. */
  reload: () => void;
  /** Replaces the data with what an action answered (the resource as it now is). */
  set: (data: T) => void;
}

/**
 * Runs `load` when the key changes and keeps the latest answer; an answer that arrives after the key
 * moved on is dropped. `key` names everything `load` depends on.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loader<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  const loadedKey = useRef<string | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `generation` are the triggers; `load` is read through a ref.
  useEffect(() => {
    let current = true;
    // A new key starts from "loading"; a reload keeps the current data on screen until the answer.
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setState({ status: 'loading' });
    }
    latest.current().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, set };
}
