import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../components/States';
import { EXPIRED_MESSAGE, useSession } from '../session';

/** Sign-in: after an expired session it says so, and the email is already filled in. */
export function SignIn({ message, email: knownEmail }: { message?: string; email?: string }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState(knownEmail ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Backdesk';
    (knownEmail ? passwordInput : emailInput).current?.focus();
  }, [knownEmail]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (cause) {
      setBusy(false);
      if (cause instanceof ApiError && cause.status === 401) setError('The email or password is incorrect.');
      else if (cause instanceof ApiError && cause.status === 429) setError(`Too many attempts. ${cause.message}`);
      else setError(errorMessage(cause));
      passwordInput.current?.focus();
    }
  };

  return (
    <main className="sign-in-page" id="main">
      <form className="sign-in card" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <p className="brand" aria-hidden="true">
          <span className="brand-mark">B</span> Backdesk
        </p>
        <h1 id="sign-in-title">Sign in to Backdesk</h1>
        {message ? (
          <p className={message === EXPIRED_MESSAGE ? 'notice warning' : 'notice info'} role="status">
            {message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input
            id="sign-in-email"
            ref={emailInput}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            ref={passwordInput}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </div>
        <div aria-live="assertive">
          {error ? (
            <p className="notice error" id="sign-in-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
