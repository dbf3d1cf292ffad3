import { ExportMenu } from '@/app/_components/export/ExportMenu';
import { loadExportContext } from '@/lib/export/context';
import { ActiveFilters } from '@/app/_components/filters/ActiveFilters';
import { CoverageNotice, emptyText } from '@/app/_components/coverage/CoverageNotice';
import { ReportLines } from '@/app/_components/coverage/ReportLines';
import { EmptyResult } from '@/app/_components/filters/EmptyResult';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import type { Filters } from '@/lib/filters/filters';
import { eventsText as t } from '@/lib/i18n/ru';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { countEvents, getEvents } from '@/lib/queries/events';
import { getFilterNames } from '@/lib/queries/options';
import { eventsHref, PAGE_SIZE, parseListView } from './list-view';
import { Pagination } from './Pagination';
import { SearchForm } from './SearchForm';
import { SortableEventsTable } from './SortableEventsTable';

export const metadata = { title: t.title };

export default async function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const { sort, page: requested } = parseListView(await searchParams);
  const db = getDb();
  const total = countEvents(db, filters);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested, pages);
  const events = getEvents(db, filters, { sort, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const first = (page - 1) * PAGE_SIZE + 1;
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <CoverageNotice coverage={coverage} />
      {filters.report && <ReportLines db={db} filters={filters} />}
      <SearchForm />
      <ActiveFilters filters={filters} names={getFilterNames(db, filters)} hrefWithout={(rest: Filters) => eventsHref(rest, { sort })} />
      <div className="list-head">
        <p className="list-count" role="status" data-testid="events-count">
          {t.found(total)}
          {pages > 1 && `; ${page === 1 ? t.shownFirst(events.length, total) : t.shownRange(first, first + events.length - 1, total)}`}
        </p>
        {total > 0 && <ExportMenu figure="events" title={t.title} query={exportContext.query} period={exportContext.period} />}
      </div>
      {total === 0 ? <EmptyResult db={db} filters={filters} path="/events" text={emptyText(coverage) ?? t.noMatch} /> : <SortableEventsTable events={events} sort={sort} filters={filters} />}
      <Pagination page={page} pages={pages} sort={sort} filters={filters} />
    </>
  );
}
