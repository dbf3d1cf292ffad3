'use client';

import { errorText, nav } from '@/lib/i18n/ru';
import './globals.css';

/** When the root layout itself fails (e.g. the database cannot be read): a page of its own, still Russian. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="ru">
      <body>
        <header className="site-header">
          <div className="site-title">{nav.appTitle}</div>
        </header>
        <main id="main" className="page">
          <section className="error-page" aria-labelledby="error-title">
            <h1 id="error-title">{errorText.serverErrorTitle}</h1>
            <p>{errorText.serverErrorText}</p>
            <p className="error-actions">
              <button type="button" className="button" onClick={reset}>
                {errorText.retry}
              </button>
              <a href="/">{errorText.home}</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
