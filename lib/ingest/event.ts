/**
 * One event row → one ParsedEvent: the per-row steps of the pipeline, each its own module.
 *
 * Every cell is normalised first (normalise.ts: soft hyphens, Latin look-alike letters, space and
 * dash variants); the parsers read only the normalised copies, `sourceText` keeps the cells as the
 * report wrote them. The title is stored cleaned (invisible characters and look-alikes fixed,
 * whitespace collapsed, dashes as written).
 *
 * A postponed or cancelled event (status.ts) keeps no dates: the dates cell names the plan, not an
 * event that took place. It gets the warning event_postponed / event_cancelled instead of any date
 * warning, and every "held" figure leaves it out (lib/queries/where.ts).
 */
import { classifyEvent, explainClassification, isAway } from './classify';
import { parseCountries } from './countries';
import { parseCounts } from './counts';
import { parseDates, periodRange } from './dates';
import { cleanText, normaliseForMatching } from './normalise';
import { parsePlaceCell } from './places';
import { collapse } from './report';
import type { EventRow } from './rows';
import { detectStatus, type StatusResult } from './status';
import type { DateRange, IngestOptions, ParsedEvent, Period, SourceText, Warning } from './types';

export function parseEvent(row: EventRow, period: Period, options: IngestOptions = {}): ParsedEvent {
  const { source } = row;
  const cells = normaliseCells(source);
  const title = collapse(cleanText(source.title));
  const status = detectStatus(cells);
  const held = status.status === 'held';
  const parsedDates = parseDates(cells.dates, period);
  const dates = held ? parsedDates.range : null;
  const place = parsePlaceCell(cleanText(source.place), options.placeAliases);
  const countries = parseCountries({ ...cells, venuePlaces: place.places });
  const counts = parseCounts(cells.participants, [cells.title, cells.place, cells.goal, cells.participants].join('.\n'), {
    awayFromHome: isAway(place.places, cells.place),
  });
  const year = Number((dates?.startDate ?? String(period.year)).slice(0, 4));
  const classification = classifyEvent({
    title: cells.title,
    placeCell: cells.place,
    goal: cells.goal,
    participants: cells.participants,
    places: place.places,
    remotePlace: place.remote,
    year,
  });
  return {
    seq: row.seq,
    printedNo: row.printedNo,
    sphere: row.sphere,
    title,
    status: status.status,
    startDate: dates?.startDate ?? null,
    endDate: dates?.endDate ?? null,
    datePrecision: dates?.precision ?? null,
    places: place.places,
    venues: place.venues,
    remote: place.remote,
    countries,
    ...counts,
    ...classification,
    sourceText: row.section === row.sphere ? source : { ...source, section: row.section },
    warnings: [
      ...shapeWarnings(row),
      ...(held ? dateWarnings(source.dates, dates, period, parsedDates.separateDays) : [statusWarning(status, source.dates)]),
      ...place.warnings,
    ],
  };
}

function shapeWarnings(row: EventRow): Warning[] {
  if (!row.shapeMismatch) return [];
  return [{ code: 'row_shape', message: 'the row has another number of cells than the header; cells were read by position' }];
}

/** The cells the field parsers read: normalised for matching. */
function normaliseCells(source: SourceText): SourceText {
  return {
    number: source.number,
    title: normaliseForMatching(source.title),
    place: normaliseForMatching(source.place),
    dates: normaliseForMatching(source.dates),
    goal: normaliseForMatching(source.goal),
    participants: normaliseForMatching(source.participants),
  };
}

function dateWarnings(cell: string, dates: DateRange | null, period: Period, separateDays: boolean): Warning[] {
  const where = collapse(cell);
  if (where === '') return [{ code: 'no_date', message: 'the row has no date', where }];
  if (!dates) return [{ code: 'date_unparsed', message: `date not recognised: "${where}"`, where }];
  const warnings: Warning[] = [];
  if (separateDays) {
    const message = `separate days: stored as ${dates.startDate}..${dates.endDate}, the days between are not event days`;
    warnings.push({ code: 'dates_not_continuous', message, where });
  }
  const { start, end } = periodRange(period);
  if (dates.startDate < start || dates.endDate > end) {
    const message = `${dates.startDate}..${dates.endDate} is outside the report period ${start}..${end}`;
    warnings.push({ code: 'date_outside_period', message, where });
  }
  return warnings;
}

function statusWarning({ status, phrase }: StatusResult, datesCell: string): Warning {
  const where = collapse(datesCell) || phrase || '';
  if (status === 'cancelled') return { code: 'event_cancelled', message: `the event was cancelled ("${phrase ?? ''}"); no dates stored`, where };
  return { code: 'event_postponed', message: `the event was postponed ("${phrase ?? ''}"); no dates stored`, where };
}

/** The classification rules (classify.ts) that fired on a parsed event, for counting rules over a report. */
export function classificationRules(event: ParsedEvent, period: Period): string[] {
  const cells = normaliseCells(event.sourceText);
  return explainClassification({
    title: cells.title,
    placeCell: cells.place,
    goal: cells.goal,
    participants: cells.participants,
    places: event.places,
    remotePlace: event.remote,
    year: Number((event.startDate ?? String(period.year)).slice(0, 4)),
  });
}
