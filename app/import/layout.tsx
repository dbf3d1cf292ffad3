import type { ReactNode } from 'react';

/** Outside the dashboard group: the page without the filter bar. */
export default function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      {children}
    </main>
  );
}
