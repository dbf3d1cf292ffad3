import { ActiveFilters } from '@/app/_components/filters/ActiveFilters';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { common, correctionText, duplicatesText, mergeText, outlierText, qualityText as t } from '@/lib/i18n/ru';
import { countPossibleDuplicates, getPossibleDuplicates } from '@/lib/queries/duplicates';
import type { Db } from '@/db/client';
import { reportBreakdownLine } from '@/lib/periods';
import { getReportBreakdown } from '@/lib/queries/coverage';
import { canEdit, getCurrentUser } from '@/lib/auth/guards';
import { getActiveMergeOfRows, getOrphanedDecisions } from '@/lib/queries/merges';
import { OrphanedMerges } from './OrphanedMerges';
import { OutliersTable } from './OutliersTable';
import { getOutliers } from '@/lib/queries/outliers';
import { getExcludedEvents, getPendingCorrections, getSphereChoices } from '@/lib/queries/corrections';
import { getDb } from '@/lib/queries/db';
import { getFilterNames } from '@/lib/queries/options';
import { getReports } from '@/lib/queries/overview';
import { getNotHeldEvents, getWarningCounts, getWarnings } from '@/lib/queries/quality';
import { DuplicatesTable } from './DuplicatesTable';
import { ListPager } from './ListPager';
import { listPosition, PAGE_PARAMS, PAIRS_PER_PAGE, WARNINGS_PER_PAGE, withListPages } from './list-pages';
import { NotHeldTable } from './NotHeldTable';
import { ExcludedTable } from './ExcludedTable';
import { PendingCorrections } from './PendingCorrections';
import { PlacesAndSections } from './PlacesAndSections';
import { listPlaceAliases, listUnresolvedPlaces } from '@/lib/curation/aliases';
import { listSphereMappings, listUnknownHeaders } from '@/lib/curation/sphere-mappings';
import { CurationOutcome } from './CurationOutcome';
import { ReportsTable } from './ReportsTable';
import { WarningCountsTable } from './WarningCountsTable';
import { WarningsTable } from './WarningsTable';

export const metadata = { title: t.title };

/** Each report's rows by the date they start, in one line (only when some start outside its period). */
function breakdownLines(db: Db, periodKeys: string[]): Record<string, string | undefined> {
  return Object.fromEntries(periodKeys.map((key) => {
    const breakdown = getReportBreakdown(db, key);
    return [key, breakdown && reportBreakdownLine(breakdown)];
  }));
}

export default async function QualityPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const params = await searchParams;
  const db = getDb();
  const counts = getWarningCounts(db, filters);
  const total = counts.reduce((sum, row) => sum + row.warnings, 0);
  // Both long lists are read a page at a time (list-pages.ts); the counts by kind cover every warning.
  const warningsAt = listPosition(params[PAGE_PARAMS.warnings], total, WARNINGS_PER_PAGE);
  const warnings = getWarnings(db, filters, warningsAt.slice);
  const reports = getReports(db);
  const pairsAt = listPosition(params[PAGE_PARAMS.pairs], countPossibleDuplicates(db), PAIRS_PER_PAGE);
  const duplicates = getPossibleDuplicates(db, pairsAt.slice);
  // A pager link moves its own list and keeps the other list's page and the filters.
  const here = (param: string) => (page: number) =>
    withListPages(hrefWith('/quality', filters), { [PAGE_PARAMS.warnings]: warningsAt.page, [PAGE_PARAMS.pairs]: pairsAt.page, [param]: page });
  const notHeld = getNotHeldEvents(db, filters);
  const pending = getPendingCorrections(db);
  const excluded = getExcludedEvents(db);
  const spheres = getSphereChoices(db);
  const sphereNames = new Map(spheres.map((sphere) => [sphere.slug, sphere.name]));
  const placesAndSections = { unresolved: listUnresolvedPlaces(db), aliases: listPlaceAliases(db), headers: listUnknownHeaders(db), mappings: listSphereMappings(db), spheres };
  const mergeOf = getActiveMergeOfRows(db);
  const filterNames = getFilterNames(db, filters);
  const breakdown = breakdownLines(db, reports.map((report) => report.periodKey));
  const editable = canEdit(await getCurrentUser());
  const orphaned = getOrphanedDecisions(db);
  const outliers = getOutliers(db);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <ActiveFilters filters={filters} names={filterNames} hrefWithout={(rest) => hrefWith('/quality', rest)} />
      <CurationOutcome outcome={params.correction} />
      {/* Full width: each report's row account, rows by date and closing line make a wide table. */}
      <Card title={t.reportsTitle} note={t.reportsNote} testId="quality-reports">
        {reports.length === 0 ? <EmptyState text={common.noReports} /> : <ReportsTable reports={reports} breakdown={breakdown} />}
      </Card>
      <Card title={t.countsTitle} note={t.total(total)} testId="quality-counts">
        {counts.length === 0 ? <p className="muted">{t.none}</p> : <WarningCountsTable counts={counts} />}
      </Card>
      <Card title={t.listTitle} testId="quality-warnings">
        {warnings.length === 0 ? <p className="muted">{t.none}</p> : <WarningsTable warnings={warnings} />}
        <ListPager page={warningsAt.page} pages={warningsAt.pages} hrefOf={here(PAGE_PARAMS.warnings)} testId="warnings-pages" />
      </Card>
      <Card title={t.notHeldTitle} note={t.notHeldNote} testId="quality-not-held">
        {notHeld.length === 0 ? <p className="muted">{t.notHeldNone}</p> : <NotHeldTable events={notHeld} />}
      </Card>
      <Card title={correctionText.excludedTitle} note={correctionText.excludedNote} testId="quality-excluded">
        {excluded.length === 0 ? <p className="muted">{correctionText.excludedNone}</p> : <ExcludedTable rows={excluded} canEdit={editable} />}
      </Card>
      <Card title={correctionText.pendingTitle} note={correctionText.pendingNote} testId="quality-corrections">
        {pending.length === 0 ? <p className="muted">{correctionText.pendingNone}</p> : <PendingCorrections corrections={pending} sphereNames={sphereNames} canEdit={editable} />}
      </Card>
      <Card title={outlierText.title} note={outlierText.note} testId="quality-outliers">
        {outliers.total === 0 ? <p className="muted">{outlierText.none}</p> : <OutliersTable outliers={outliers} />}
      </Card>
      <Card title={mergeText.orphanedTitle} note={mergeText.orphanedNote} testId="quality-orphaned-merges">
        <OrphanedMerges decisions={orphaned} canEdit={editable} />
      </Card>
      <PlacesAndSections {...placesAndSections} canEdit={editable} />
      <Card title={duplicatesText.title} note={duplicatesText.note} testId="quality-look-alikes">
        {typeof params.merge === 'string' && (
          <p className={params.merge === 'saved' ? 'form-ok' : 'form-error'} role="status" data-testid="merge-outcome">
            {mergeText.outcomes[params.merge] ?? ''}
          </p>
        )}
        {duplicates.length === 0 ? <p className="muted">{duplicatesText.none}</p> : <DuplicatesTable pairs={duplicates} canEdit={editable} mergeOf={mergeOf} />}
        <ListPager page={pairsAt.page} pages={pairsAt.pages} hrefOf={here(PAGE_PARAMS.pairs)} testId="pairs-pages" />
      </Card>
    </>
  );
}

