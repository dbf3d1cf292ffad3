'use client';

import { errorText } from '@/lib/i18n/ru';
import { ErrorPage } from './ErrorPage';

export interface ServerErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The 500 page body: what happened, a retry, and the digest to quote to an administrator. */
export function ServerErrorPage({ error, reset }: ServerErrorProps) {
  return (
    <ErrorPage title={errorText.serverErrorTitle} text={errorText.serverErrorText}>
      <button type="button" className="button" onClick={reset}>
        {errorText.retry}
      </button>
      {error.digest && <span className="muted">{errorText.code(error.digest)}</span>}
    </ErrorPage>
  );
}
