import { useCallback, useRef, useState } from 'react';

/**
 * What people type is kept in sessionStorage as they type, so an expired session (a 401 sends them
 * back to sign-in) or a reload loses nothing: after signing in again the form holds the same text.
 * Drafts are per user and are cleared when the form is sent, and all of them on sign-out.
 */
const PREFIX = 'backdesk.draft.';
let owner = 'anonymous';

export function setDraftOwner(userId: string): void {
  owner = userId;
}

function storageKey(key: string): string {
  return `${PREFIX}${owner}.${key}`;
}

export function readDraft<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(storageKey(key));
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(storageKey(key), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, it just will not survive a reload.
  }
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(storageKey(key));
}

export function clearAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  }
}

/**
 * A form value that survives a reload and an expired session. `initial` is used when there is no
 * draft; `clear()` forgets the draft and goes back to `initial`, or to `next` (what was just saved).
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void, (next?: T) => void] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? initial);
  const [loadedKey, setLoadedKey] = useState(key);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setValue(readDraft<T>(key) ?? initial);
  }
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        writeDraft(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  // `initial` is usually a fresh literal each render; the latest one is what clearing goes back to.
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const clear = useCallback(
    (next?: T) => {
      clearDraft(key);
      setValue(next ?? initialRef.current);
    },
    [key],
  );
  return [value, set, clear];
}
