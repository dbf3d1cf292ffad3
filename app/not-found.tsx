import type { Metadata } from 'next';
import { ErrorPage } from '@/app/_components/ui/ErrorPage';
import { errorText } from '@/lib/i18n/ru';

export const metadata: Metadata = { title: errorText.notFoundTitle };

/** 404 for unknown routes and for notFound() in any page: outside the dashboard group, so no filter bar. */
export default function NotFound() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <ErrorPage title={errorText.notFoundTitle} text={errorText.notFoundText} />
    </main>
  );
}
