import Link from 'next/link';
import type { ReactNode } from 'react';
import { errorText } from '@/lib/i18n/ru';

/** A Russian error page body in the product's layout: what happened and the way back. */
export function ErrorPage({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p className="error-actions">
        {children}
        <Link href="/">{errorText.home}</Link>
      </p>
    </section>
  );
}
