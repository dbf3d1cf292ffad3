import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { connection } from 'next/server';
import { AccountLink } from '@/app/_components/nav/AccountLink';
import { NavBar } from '@/app/_components/nav/NavBar';
import { errorText, nav } from '@/lib/i18n/ru';
import './globals.css';
import './print.css';
import './phone.css';

export const metadata: Metadata = { title: nav.appTitle };

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="ru">
      <body>
        <a className="skip-link" href="#main">
          {errorText.skipLink}
        </a>
        <header className="site-header">
          <div className="site-title">{nav.appTitle}</div>
          <Suspense fallback={<nav className="main-nav" />}>
            <NavBar />
          </Suspense>
          <AccountLink />
        </header>
        {children}
      </body>
    </html>
  );
}
