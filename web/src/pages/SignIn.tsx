import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ApiFailure, sendJson, setCsrfToken } from '../api/client.js';

export function SignInPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [needCode, setNeedCode] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const answer = await sendJson<{ csrfToken: string | null }>('POST', '/api/session', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        ...(form.get('code') ? { code: String(form.get('code')) } : {}),
      });
      setCsrfToken(answer.csrfToken);
      await queries.invalidateQueries();
      await navigate({ to: '/' });
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.error.code === 'second_factor_required') setNeedCode(true);
      else setError(failure instanceof ApiFailure ? failure.error.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{intl.formatMessage({ id: 'signIn.title' })}</h1>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <label>
          {intl.formatMessage({ id: 'signIn.email' })}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {intl.formatMessage({ id: 'signIn.password' })}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {needCode ? (
          <>
            <p className="note" role="status">
              {intl.formatMessage({ id: 'signIn.needCode' })}
            </p>
            <label>
              {intl.formatMessage({ id: 'signIn.code' })}
              <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" />
            </label>
          </>
        ) : null}
        {error ? (
          <p className="alert" role="alert">
            {intl.formatMessage({ id: 'signIn.failed' }, { message: error })}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {intl.formatMessage({ id: 'signIn.submit' })}
        </button>
      </form>
    </>
  );
}
