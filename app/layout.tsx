import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { connection } from 'next/server';
import { FilterBar } from '@/app/_components/filters/FilterBar';
import { AccountLink } from '@/app/_components/nav/AccountLink';
import { NavBar } from '@/app/_components/nav/NavBar';
import { mayReadData } from '@/lib/auth/guards';
import { nav } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getFilterOptions } from '@/lib/queries/options';
import './globals.css';

export const metadata: Metadata = { title: nav.appTitle };

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  // Under READ_ACCESS=login an anonymous visitor (the login page, a 404) gets no filter options:
  // they are stored data (periods, countries, sphere headers).
  const options = (await mayReadData()) ? getFilterOptions(getDb()) : null;
  return (
    <html lang="ru">
      <body>
        <header className="site-header">
          <div className="site-title">{nav.appTitle}</div>
          <Suspense fallback={<nav className="main-nav" />}>
            <NavBar />
          </Suspense>
          <AccountLink />
        </header>
        {options && (
          <Suspense fallback={<div className="filter-bar" />}>
            <FilterBar options={options} />
          </Suspense>
        )}
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
