/**
 * One event row → one ParsedEvent: the per-row steps of the pipeline, each its own module.
 */
import { classifyDirection, classifyFormat, classifyKind, detectAgreementSigned } from './classify';
import { parseCountries } from './countries';
import { parseCounts } from './counts';
import { parseDateRange, periodRange } from './dates';
import { parsePlaceCell } from './places';
import { collapse } from './report';
import type { EventRow } from './rows';
import type { DateRange, ParsedEvent, Period, Warning } from './types';

export function parseEvent(row: EventRow, period: Period): ParsedEvent {
  const { source } = row;
  const title = collapse(source.title);
  const rowText = [source.title, source.place, source.goal, source.participants].join('\n');
  const dates = parseDateRange(source.dates, period);
  const place = parsePlaceCell(source.place);
  const countries = parseCountries({ ...source, venuePlaces: place.places });
  return {
    seq: row.seq,
    printedNo: row.printedNo,
    sphere: row.sphere,
    title,
    startDate: dates?.startDate ?? null,
    endDate: dates?.endDate ?? null,
    datePrecision: dates?.precision ?? null,
    places: place.places,
    venues: place.venues,
    remote: place.remote,
    countries,
    ...parseCounts(source.participants, rowText),
    agreementSigned: detectAgreementSigned(rowText),
    format: classifyFormat(place.remote, rowText),
    direction: classifyDirection(place.places, source.place, title),
    kind: classifyKind(title),
    sourceText: row.section === row.sphere ? source : { ...source, section: row.section },
    warnings: [...shapeWarnings(row), ...dateWarnings(source.dates, dates, period), ...place.warnings],
  };
}

function shapeWarnings(row: EventRow): Warning[] {
  if (!row.shapeMismatch) return [];
  return [{ code: 'row_shape', message: 'the row has another number of cells than the header; cells were read by position' }];
}

function dateWarnings(cell: string, dates: DateRange | null, period: Period): Warning[] {
  const where = collapse(cell);
  if (where === '') return [{ code: 'no_date', message: 'the row has no date', where }];
  if (!dates) return [{ code: 'date_unparsed', message: `date not recognised: "${where}"`, where }];
  const { start, end } = periodRange(period);
  if (dates.startDate >= start && dates.endDate <= end) return [];
  const message = `${dates.startDate}..${dates.endDate} is outside the report period ${start}..${end}`;
  return [{ code: 'date_outside_period', message, where }];
}
