import { Suspense, type ReactNode } from 'react';
import { FilterBar } from '@/app/_components/filters/FilterBar';
import { FilterPanel } from '@/app/_components/filters/FilterPanel';
import { PrintFilterLine } from '@/app/_components/filters/PrintFilterLine';
import { mayReadData } from '@/lib/auth/guards';
import { getDb } from '@/lib/queries/db';
import { getFilterOptions } from '@/lib/queries/options';

/** The dashboard pages share the filter bar; login, import and error pages live outside this group. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Under READ_ACCESS=login an anonymous visitor gets no filter options: they are stored data
  // (periods, countries, sphere headers). The proxy sends such a visitor to /login first anyway.
  const options = (await mayReadData()) ? getFilterOptions(getDb()) : null;
  return (
    <>
      {options && (
        <Suspense fallback={<div className="filter-bar" />}>
          <FilterPanel>
            <FilterBar options={options} />
          </FilterPanel>
          <PrintFilterLine options={options} />
        </Suspense>
      )}
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
