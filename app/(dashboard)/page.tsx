import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { CoverageNotice, emptyText, figuresUnavailable } from '@/app/_components/coverage/CoverageNotice';
import { ReportLines } from '@/app/_components/coverage/ReportLines';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { EmptyResult } from '@/app/_components/filters/EmptyResult';
import { BriefLink } from '@/app/brief/BriefLink';
import { EventFigures } from '@/app/_components/figures/EventFigures';
import type { Baseline } from '@/app/_components/figures/FigureDeltas';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import type { Db } from '@/db/client';
import { overviewBaselines, type Baselines } from '@/lib/compare/baselines';
import type { Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { coverageText, overviewText as t } from '@/lib/i18n/ru';
import { coveredQuarters, coveredYears, inSpan, latestCovered, missingPhrase, quarterShort, spanShort, timelineSpan, yearEarlier, type Coverage, type QuarterSpan } from '@/lib/periods';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getCoverage, getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getFilterNames } from '@/lib/queries/options';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { buildOverviewSummary, summaryPeriod } from '@/lib/summary/overview';
import { scopePhrase, singleValued } from '@/lib/summary/scope';
import { OverviewCharts } from './OverviewCharts';
import { OverviewPeriodPicker } from './OverviewPeriodPicker';
import { SummaryBlock } from './SummaryBlock';

export const metadata = { title: t.title };

/** Two rows of chart cards, while they load. */
const CHARTS_HEIGHT = 900;

const hasPeriod = (filters: Filters) => Boolean(filters.from || filters.to || filters.report || filters.dateFrom || filters.dateTo);

/** The span of a quarter view, year to date or year: only from/to both set (dates and reports are other views). */
const spanOf = (filters: Filters): QuarterSpan | undefined =>
  filters.from && filters.to && !filters.report && !filters.dateFrom && !filters.dateTo ? ({ from: filters.from, to: filters.to } as QuarterSpan) : undefined;

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const coverage = getCoverage(db);
  // The first screen is the latest quarter that has its report, never the sum of all reports. The
  // URL keeps every other parameter as given, so an invalid one is still reported by the filter bar.
  const latest = latestCovered(coverage);
  if (!hasPeriod(filters) && latest) redirect(withQuarter(await searchParams, latest));
  const figures = getKeyFigures(db, filters);
  const bySphere = getEventsBySphere(db, filters);
  const byCountry = getEventsByCountry(db, filters);
  const periodCoverage = getFilterCoverage(db, filters);
  const span = spanOf(filters);
  const baselines = span && periodCoverage.status === 'complete' ? overviewBaselines(coverage, span) : {};
  const summary = buildOverviewSummary({
    period: summaryPeriod(filters, coverage.reports),
    coverage: { status: periodCoverage.status, note: periodCoverage.note, missing: periodCoverage.span ? missingPhrase(periodCoverage.span) : '' },
    scope: scopePhrase(filters, getFilterNames(db, filters)),
    single: singleValued(filters),
    figures,
    baseline: baselines.previous ? { phrase: inSpan(baselines.previous.from, baselines.previous.to), events: getKeyFigures(db, { ...filters, ...baselines.previous }).events } : undefined,
    baselineMissing: baselines.previousMissing,
    topCountries: byCountry,
    spheres: bySphere,
  });
  // The figures and the summary (the largest text) come first; charts and map stream in after them.
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <PeriodPicker filters={filters} coverage={coverage} />
      <PageFilters filters={filters} path="/" />
      <BriefLink filters={filters} />
      <CoverageNotice coverage={periodCoverage} />
      <EventFigures figures={figures} filters={filters} unavailable={figuresUnavailable(periodCoverage)} baselines={baselineFigures(db, filters, baselines)} />
      <BaselineNotes baselines={baselines} span={span} complete={periodCoverage.status === 'complete'} />
      <ReportLines db={db} filters={filters} />
      <SummaryBlock text={summary} />
      {figures.events === 0 ? (
        <EmptyResult db={db} filters={filters} path="/" text={emptyText(periodCoverage)} />
      ) : (
        <Suspense fallback={<Skeleton height={CHARTS_HEIGHT} />}>
          <OverviewCharts filters={filters} summary={summary} byCountry={byCountry} />
        </Suspense>
      )}
    </>
  );
}

/** The page's own query with from/to set to one quarter. */
function withQuarter(raw: Awaited<SearchParams>, quarter: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  params.set('from', quarter);
  params.set('to', quarter);
  return `/?${params.toString()}`;
}

function PeriodPicker({ filters, coverage }: { filters: Filters; coverage: Coverage }) {
  const quarters = coverage.quarters.map(({ quarter, status }) => ({ value: quarter, label: status === 'report' ? quarterShort(quarter) : coverageText.optionMark(quarterShort(quarter)) }));
  const years = coveredYears(coverage);
  const ytdEnd = Object.fromEntries(years.map((year) => [year, coveredQuarters(coverage).filter((key) => key.startsWith(String(year))).at(-1) ?? '']));
  const all = timelineSpan(coverage);
  return <OverviewPeriodPicker filters={filters} quarters={quarters} years={years} ytdEnd={ytdEnd} all={all} />;
}

/** The figures of each baseline period under the same filters: "▲ 36 (+189 %) к III кв. 2025". */
function baselineFigures(db: Db, filters: Filters, baselines: Baselines): Baseline[] {
  return [baselines.previous, baselines.yearEarlier]
    .filter((span): span is QuarterSpan => span !== undefined)
    .map((span) => ({ label: spanShort(span), figures: getKeyFigures(db, { ...filters, from: span.from, to: span.to }) }));
}

/** Why a change is not shown: the previous quarter or the year-earlier period has no report. */
function BaselineNotes({ baselines, span, complete }: { baselines: Baselines; span?: QuarterSpan; complete: boolean }) {
  if (!span || !complete) return null;
  const notes = [
    baselines.previousMissing ? t.noPrevious(baselines.previousMissing) : '',
    baselines.yearEarlier ? '' : t.noYearEarlier(coverageText.missing(spanShort(yearEarlier(span)))),
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return (
    <p className="baseline-notes" data-testid="baseline-notes">
      {notes.join(' ')}
    </p>
  );
}
