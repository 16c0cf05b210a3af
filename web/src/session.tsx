import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, ok, onSessionExpired, type Schema, setToken } from './api/client';
import { clearAllDrafts, setDraftOwner } from './lib/drafts';

export type Me = Schema<'Me'>;

type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; message?: string; email?: string }
  | { status: 'signed-in'; me: Me };

interface Session {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => void;
}

const TOKEN_KEY = 'backdesk.token';
const RETURN_KEY = 'backdesk.returnTo';
export const EXPIRED_MESSAGE = 'Your session has expired. Sign in again to carry on; what you typed has been kept.';

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * Who is signed in. The token lives in sessionStorage (this tab, survives a reload); a 401 on any
 * signed-in request ends the session, remembers where the person was and keeps their drafts, and
 * signing in again as the same person returns there.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => (sessionStorage.getItem(TOKEN_KEY) ? { status: 'restoring' } : { status: 'signed-out' }));

  const expire = useCallback(() => {
    setState((current) => {
      if (current.status !== 'signed-in') return current;
      sessionStorage.setItem(RETURN_KEY, JSON.stringify({ userId: current.me.user.id, path: window.location.pathname + window.location.search }));
      sessionStorage.removeItem(TOKEN_KEY);
      setToken(null);
      return { status: 'signed-out', message: EXPIRED_MESSAGE, email: current.me.user.email };
    });
  }, []);

  useEffect(() => onSessionExpired(expire), [expire]);

  useEffect(() => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return;
    setToken(token);
    ok(api.GET('/api/me')).then(
      (me) => {
        setDraftOwner(me.user.id);
        setState({ status: 'signed-in', me });
      },
      (error: unknown) => {
        sessionStorage.removeItem(TOKEN_KEY);
        setToken(null);
        const expired = error instanceof ApiError && error.status === 401;
        // Expired while the tab was closed or asleep: come back here after signing in again.
        if (expired) sessionStorage.setItem(RETURN_KEY, JSON.stringify({ path: window.location.pathname + window.location.search }));
        setState({ status: 'signed-out', ...(expired ? { message: EXPIRED_MESSAGE } : {}) });
      },
    );
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await ok(api.POST('/api/auth/login', { body: { email, password } }));
    setToken(session.token);
    const me = await ok(api.GET('/api/me'));
    sessionStorage.setItem(TOKEN_KEY, session.token);
    setDraftOwner(me.user.id);
    const returnTo = JSON.parse(sessionStorage.getItem(RETURN_KEY) ?? 'null') as { userId?: string; path: string } | null;
    sessionStorage.removeItem(RETURN_KEY);
    // Back where the expired session left off, unless someone else is signing in.
    const path = returnTo && (returnTo.userId === undefined || returnTo.userId === me.user.id) ? returnTo.path : '/';
    window.history.replaceState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
    setState({ status: 'signed-in', me });
  }, []);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    clearAllDrafts();
    setToken(null);
    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    setState({ status: 'signed-out', message: 'You have signed out.' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe without a session');
  return state.me;
}

export const isFirm = (role: Me['user']['role']) => role !== 'client';
export const isAdmin = (role: Me['user']['role']) => role === 'owner' || role === 'manager';
