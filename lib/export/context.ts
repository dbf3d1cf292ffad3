/**
 * What every export of a page says besides its numbers: the period and filters (the subtitle), the
 * reports the figures rest on (the source line) and the period part of file names. Built on the
 * server from the page's filters and handed to the export menus as plain props.
 */
import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { filterChips } from '@/lib/filters/chips';
import { hrefWith, toSearchParams, type Filters } from '@/lib/filters/filters';
import { mainEvents } from '@/lib/figures/main-events';
import { formatDateRange, formatNumber } from '@/lib/format';
import { briefText, common, exportText as t } from '@/lib/i18n/ru';
import { missingPhrase, openSpanShort, quarterFormal, reportPeriodFormal, reportPeriodList } from '@/lib/periods';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { countEvents } from '@/lib/queries/events';
import { getFilterNames } from '@/lib/queries/options';
import { getReportPeriods } from '@/lib/queries/overview';

export interface ExportContext {
  /** The filters as a query string, for the data route. */
  query: string;
  /** File-name part: "2025-Q4", "2025-Q3_2025-Q4", "all". */
  period: string;
  /** "IV квартал 2025 г." or "все загруженные отчёты (IV квартал 2025 г.)". */
  periodLabel: string;
  /** "Фильтры: Страна: Беларусь" or "Фильтры: не выбраны". */
  filtersLabel: string;
  /** "Период: … · Фильтры: …" */
  subtitle: string;
  source: string;
}

/** The main events on the last slides of a deck, SLIDE_ROWS a slide, with the line that says what they are and where the rest are. */
export interface SlideTable {
  title: string;
  header: string[];
  /** Relative column widths. */
  widths: number[];
  rows: string[][];
  /** "Мероприятия с наибольшим участием субъектов МСП: 10 из 70, по датам; …" */
  note: string;
  /**
   * The events page with the same filters: on the public address when PUBLIC_URL is set, else a path
   * the deck resolves against the address the page was opened at.
   */
  href: string;
  /** Rows a slide holds. */
  perSlide: number;
}

const PERIOD_CHIPS = new Set(['from', 'to', 'report']);
/** At 14 pt, five rows of up to two lines fit one slide above its note, link and source lines. */
const SLIDE_ROWS = 5;
/** The main events a deck shows: two slides of five. */
const DECK_EVENTS = 10;
/** Two lines of the title column at 14 pt; the full titles are a click away (the link line). */
const SLIDE_TITLE_CHARS = 56;
const SLIDE_COUNTRIES = 2;

/** The period the filters choose, or else the span of the reports the figures rest on. */
function filePeriod(filters: Filters, reports: string[]): string {
  if (filters.report) return filters.report;
  if (filters.from || filters.to) return filters.from === filters.to ? filters.from! : [filters.from ?? 'start', filters.to ?? 'end'].join('_');
  if (reports.length === 0) return 'all';
  return reports.length === 1 ? reports[0]! : `${reports[0]}_${reports.at(-1)}`;
}

function periodLabel(filters: Filters, reports: string[]): string {
  if (filters.report) return `${t.report} ${reportPeriodFormal(filters.report)}`;
  if (filters.from && filters.from === filters.to) return quarterFormal(filters.from);
  if (filters.from || filters.to) return openSpanShort(filters.from, filters.to);
  return reports.length === 0 ? t.noReports : t.allReports(reportPeriodList(reports, reportPeriodFormal));
}

/** "Фильтры: Страна: Беларусь" — the filters other than the period ones. */
export function loadFiltersLabel(db: Db, filters: Filters): string {
  const chips = filterChips(filters, getFilterNames(db, filters)).filter((chip) => !PERIOD_CHIPS.has(chip.key));
  return `${t.filters}: ${chips.length > 0 ? chips.map((chip) => `${chip.label}: ${chip.value}`).join('; ') : t.noFilters}`;
}

/**
 * Every export of a page carries the coverage of its period: a quarter without its report is
 * named in the period label (the deck's title slide) and the subtitle (pictures, spreadsheets).
 */
export function loadExportContext(db: Db, filters: Filters): ExportContext {
  const reports = getReportPeriods(db, filters);
  const coverage = getFilterCoverage(db, filters);
  const missing = coverage.span ? missingPhrase(coverage.span) : '';
  const label = `${periodLabel(filters, reports)}${missing ? ` (${t.coverageNote(missing)})` : ''}`;
  const filtersLabel = loadFiltersLabel(db, filters);
  return {
    query: toSearchParams(filters).toString(),
    period: filePeriod(filters, reports),
    periodLabel: label,
    filtersLabel,
    subtitle: `${t.period}: ${label} · ${filtersLabel}`,
    source: t.source(reports.length, reportPeriodList(reports, reportPeriodFormal)),
  };
}

/** The main events (lib/figures/main-events.ts, as in the справка) for the events slides of a deck. */
export function loadEventsSlideTable(db: Db, filters: Filters, publicUrl = env.publicUrl): SlideTable {
  const c = briefText.columns;
  const { bySme, events } = mainEvents(db, filters, DECK_EVENTS);
  const cut = (title: string) => (title.length > SLIDE_TITLE_CHARS ? `${title.slice(0, SLIDE_TITLE_CHARS - 1).trimEnd()}…` : title);
  const names = (countries: { nameRu: string }[]) => (countries.length === 0 ? '—' : common.someOf(countries.map((country) => country.nameRu), SLIDE_COUNTRIES));
  return {
    title: briefText.eventsTitle,
    header: [c.dates, c.title, c.sphere, c.countries, c.sme],
    widths: [1.9, 4.4, 1.4, 1.5, 0.7],
    rows: events.map((event) => [
      formatDateRange(event.startDate, event.endDate, event.datePrecision),
      cut(event.title),
      event.sphereShort,
      names(event.countries),
      event.smeCount ? formatNumber(event.smeCount) : '—',
    ]),
    note: briefText.eventsNote(events.length, countEvents(db, filters), bySme),
    href: `${publicUrl ?? ''}${hrefWith('/events', filters)}`,
    perSlide: SLIDE_ROWS,
  };
}
