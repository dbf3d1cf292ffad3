/**
 * Everything a "справка" says, read with the overview's own queries (so its figures equal the
 * overview's) and handed to the print page and the Word builder as one plain object.
 */
import { format } from 'date-fns';
import { ru } from 'date-fns/locale';
import type { Db } from '@/db/client';
import { loadExportContext } from '@/lib/export/context';
import { figureKeys } from '@/lib/compare/key-figures';
import { hasActiveFilters, type Filters } from '@/lib/filters/filters';
import { formatDateRange, formatNumber } from '@/lib/format';
import { briefText as t, compareText } from '@/lib/i18n/ru';
import { mainEvents, previousFigures } from '@/lib/figures/main-events';
import { quarterName } from '@/lib/periods';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getCoverage } from '@/lib/queries/coverage';
import { countEvents } from '@/lib/queries/events';
import { getKeyFigures, type KeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { buildOverviewSummary, summaryPeriod } from '@/lib/summary/overview';
import type { BriefData, BriefEvent, BriefFigure } from './types';

const TOP_EVENTS = 12;
const EVENT_COUNTRIES = 3;

/** "III квартал 2025 г." */
function quarterLong(key: string): string {
  return `${quarterName(key)} г.`;
}

/** The changes' column head, or why there are none. */
function previousOf(db: Db, filters: Filters): { head?: string; note: string; figures?: KeyFigures } {
  const previous = previousFigures(db, filters);
  if (previous.kind === 'span') return { note: t.allPeriod };
  if (previous.kind === 'missing') return { note: t.noPrevious(quarterLong(previous.quarter)) };
  return { head: t.changeAgainst(quarterLong(previous.quarter)), note: '', figures: previous.figures };
}

function briefEvents(db: Db, filters: Filters): { bySme: boolean; rows: BriefEvent[] } {
  const { bySme, events } = mainEvents(db, filters, TOP_EVENTS);
  const rows = events.map((event) => ({
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
  const previous = previousOf(db, filters);
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
