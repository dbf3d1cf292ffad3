'use client';

import { useState, type FormEvent } from 'react';
import { authText } from '@/lib/i18n/ru';

/** Posts the credentials; on success loads the return page in full, so the header shows the account. */
export function LoginForm({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch('/api/auth/login', { method: 'POST', body: new FormData(event.currentTarget) }).catch(() => null);
    if (response?.ok) {
      window.location.assign(returnTo);
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: string } | null;
    setError(authText.errors[body?.error ?? 'server'] ?? authText.errors.server ?? '');
    setBusy(false);
  }

  return (
    <form className="card login-form" onSubmit={submit}>
      <label>
        {authText.username}
        <input name="username" autoComplete="username" required maxLength={64} />
      </label>
      <label>
        {authText.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? authText.submitting : authText.submit}
      </button>
    </form>
  );
}
