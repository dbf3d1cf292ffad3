'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { nav } from '@/lib/i18n/ru';

const LINKS = [
  ['/', nav.overview],
  ['/map', nav.map],
  ['/countries', nav.countries],
  ['/spheres', nav.spheres],
  ['/sme', nav.sme],
  ['/compare', nav.compare],
  ['/events', nav.events],
  ['/quality', nav.quality],
] as const;

/** Top navigation; links keep the active filters so every page shows the same selection. */
export function NavBar() {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = new URLSearchParams(params.toString());
  query.delete('q');
  query.delete('sort');
  const suffix = query.toString() ? `?${query.toString()}` : '';
  return (
    <nav aria-label={nav.mainNav} className="main-nav">
      {LINKS.map(([href, label]) => {
        const active = href === '/' ? pathname === '/' : pathname.startsWith(href);
        return (
          <Link key={href} href={`${href}${suffix}`} aria-current={active ? 'page' : undefined} className={active ? 'active' : undefined}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
