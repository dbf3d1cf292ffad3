/**
 * Everything a "справка" says, read with the overview's own queries (so its figures equal the
 * overview's) and handed to the print page and the Word builder as one plain object.
 */
import { format } from 'date-fns';
import { ru } from 'date-fns/locale';
import type { Db } from '@/db/client';
import { loadExportContext } from '@/app/_components/export/export-context';
import { figureKeys } from '@/lib/compare/key-figures';
import { hasActiveFilters, type Filters } from '@/lib/filters/filters';
import { formatDateRange, formatNumber } from '@/lib/format';
import { briefText as t, compareText } from '@/lib/i18n/ru';
import { previousCovered, quarterName, shiftQuarter } from '@/lib/periods';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getCoverage } from '@/lib/queries/coverage';
import { countEvents, getEvents } from '@/lib/queries/events';
import { getKeyFigures, type KeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { buildOverviewSummary, summaryPeriod } from '@/lib/summary/overview';
import type { BriefData, BriefEvent, BriefFigure } from './types';

const TOP_EVENTS = 12;
const EVENT_COUNTRIES = 3;

/** One quarter chosen (a report or from = to): the справка can show changes against the one before. */
function singleQuarter(filters: Filters): string | undefined {
  if (filters.report) return filters.report;
  return filters.from && filters.from === filters.to ? filters.from : undefined;
}

/** "III квартал 2025 г." */
function quarterLong(key: string): string {
  return `${quarterName(key)} г.`;
}

/** The figures of the previous quarter that has its report, as on the overview; none when there is none. */
function previousFigures(db: Db, filters: Filters): { head?: string; note: string; figures?: KeyFigures } {
  const quarter = singleQuarter(filters);
  if (!quarter) return { note: t.allPeriod };
  const previous = previousCovered(getCoverage(db), quarter);
  if (!previous) return { note: t.noPrevious(quarterLong(shiftQuarter(quarter, -1))) };
  const narrowed = filters.report ? { ...filters, report: previous } : { ...filters, from: previous, to: previous };
  return { head: t.changeAgainst(quarterLong(previous)), note: '', figures: getKeyFigures(db, narrowed) };
}

/** The main events: those with the most SME participants; the first by date when no event has SMEs. */
function briefEvents(db: Db, filters: Filters): { bySme: boolean; rows: BriefEvent[] } {
  const withSme = getEvents(db, filters, { sort: '-sme', withSme: true, limit: TOP_EVENTS });
  const bySme = withSme.length > 0;
  const top = bySme ? withSme : getEvents(db, filters, { limit: TOP_EVENTS });
  const rows = [...top]
    .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999'))
    .map((event) => ({
      dates: formatDateRange(event.startDate, event.endDate, event.datePrecision),
      title: event.title,
      sphere: event.sphereShort,
      countries: event.countries.slice(0, EVENT_COUNTRIES).map((c) => c.nameRu).join(', ') + (event.countries.length > EVENT_COUNTRIES ? '…' : '') || '—',
      sme: event.smeCount ? formatNumber(event.smeCount) : '—',
    }));
  return { bySme, rows };
}

export function loadBrief(db: Db, filters: Filters, today: Date): BriefData {
  const context = loadExportContext(db, filters);
  const figures = getKeyFigures(db, filters);
  const byCountry = getEventsByCountry(db, filters);
  const bySphere = getEventsBySphere(db, filters);
  const previous = previousFigures(db, filters);
  const otherFilters = hasActiveFilters({ ...filters, from: undefined, to: undefined, report: undefined });
  const events = briefEvents(db, filters);
  const total = countEvents(db, filters);
  return {
    title: t.title,
    region: t.region,
    periodLabel: context.periodLabel,
    filtersLabel: context.filtersLabel,
    preparedOn: format(today, 'd MMMM yyyy г.', { locale: ru }),
    coverage: t.coverageNote(context.source, figures.events),
    changeHead: previous.head,
    changeNote: previous.note || undefined,
    figures: figureKeys(figures, previous.figures ?? figures).map(
      (key): BriefFigure => ({
        key,
        label: compareText.figureLabels[key] ?? key,
        value: figures[key],
        ...(previous.figures ? { change: figures[key] - previous.figures[key] } : {}),
      }),
    ),
    summary: buildOverviewSummary({
      period: summaryPeriod(filters, getCoverage(db).reports),
      filtered: otherFilters,
      figures,
      topCountries: byCountry,
      spheres: bySphere,
    }),
    events: events.rows,
    eventsNote: t.eventsNote(events.rows.length, total, events.bySme),
    filePeriod: context.period,
  };
}
