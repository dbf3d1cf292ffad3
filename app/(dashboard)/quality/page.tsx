import { ActiveFilters } from '@/app/_components/filters/ActiveFilters';
import { ListLimitNote } from '@/app/_components/tables/ListLimitNote';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { canEdit, getCurrentUser } from '@/lib/auth/guards';
import { common, correctionText, duplicatesText, listLimitText, qualityText as t } from '@/lib/i18n/ru';
import { getExcludedEvents, getPendingCorrections, getSphereChoices } from '@/lib/queries/corrections';
import { getPossibleDuplicates } from '@/lib/queries/duplicates';
import { getDb } from '@/lib/queries/db';
import { getFilterNames } from '@/lib/queries/options';
import { getReports } from '@/lib/queries/overview';
import { getWarningCounts, getWarnings } from '@/lib/queries/quality';
import { DuplicatesTable } from './DuplicatesTable';
import { ExcludedTable } from './ExcludedTable';
import { PendingCorrections } from './PendingCorrections';
import { ReportsTable } from './ReportsTable';
import { WarningCountsTable } from './WarningCountsTable';
import { WarningsTable } from './WarningsTable';

export const metadata = { title: t.title };

/** Warnings listed; the counts by kind above the list cover all of them. */
const LIST_ROWS = 200;

export default async function QualityPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const counts = getWarningCounts(db, filters);
  const total = counts.reduce((sum, row) => sum + row.warnings, 0);
  // Stopgap: getWarnings has no limit yet, so the page cuts the list (the HTML stays small; the
  // query still reads every row). Replace with getWarnings(db, filters, { limit: LIST_ROWS }).
  const warnings = getWarnings(db, filters).slice(0, LIST_ROWS);
  const reports = getReports(db);
  const duplicates = getPossibleDuplicates(db);
  const pending = getPendingCorrections(db);
  const excluded = getExcludedEvents(db);
  const sphereNames = new Map(getSphereChoices(db).map((sphere) => [sphere.slug, sphere.name]));
  const editable = canEdit(await getCurrentUser());
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <ActiveFilters filters={filters} names={getFilterNames(db, filters)} hrefWithout={(rest) => hrefWith('/quality', rest)} />
      <div className="grid quality-grid">
        <Card title={t.countsTitle} note={t.total(total)} testId="quality-counts">
          {counts.length === 0 ? <p className="muted">{t.none}</p> : <WarningCountsTable counts={counts} />}
        </Card>
        <Card title={t.reportsTitle} note={t.reportsNote} testId="quality-reports">
          {reports.length === 0 ? <EmptyState text={common.noReports} /> : <ReportsTable reports={reports} />}
        </Card>
      </div>
      <Card title={t.listTitle} testId="quality-warnings">
        {warnings.length === 0 ? <p className="muted">{t.none}</p> : <WarningsTable warnings={warnings} />}
        <ListLimitNote shown={warnings.length} total={total} text={listLimitText.warningsShown} />
      </Card>
      <Card title={correctionText.excludedTitle} note={correctionText.excludedNote} testId="quality-excluded">
        {excluded.length === 0 ? <p className="muted">{correctionText.excludedNone}</p> : <ExcludedTable rows={excluded} canEdit={editable} />}
      </Card>
      <Card title={correctionText.pendingTitle} note={correctionText.pendingNote} testId="quality-corrections">
        {pending.length === 0 ? <p className="muted">{correctionText.pendingNone}</p> : <PendingCorrections corrections={pending} sphereNames={sphereNames} canEdit={editable} />}
      </Card>
      <Card title={duplicatesText.title} note={duplicatesText.note}>
        {duplicates.length === 0 ? <p className="muted">{duplicatesText.none}</p> : <DuplicatesTable pairs={duplicates} />}
      </Card>
    </>
  );
}
