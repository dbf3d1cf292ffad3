import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDateRange, formatNumber, parseQuarterKey } from '@/lib/format';
import { common, correctionText, directionLabels, eventText as t, formatLabels, kindLabels, placeSourceLabels, precisionLabels, quarterLabel, reportPeriodLabel } from '@/lib/i18n/ru';
import type { EventDetail } from '@/lib/queries/events';

const count = (n: number | null) => (n === null ? common.notStated : formatNumber(n));
const yesNo = (value: boolean) => (value ? common.yes : common.no);
const coordinate = (value: number) => value.toLocaleString('ru-RU', { maximumFractionDigits: 4 });

function quarterOf(key: string | null): string {
  if (!key) return t.none;
  const { year, quarter } = parseQuarterKey(key);
  return quarterLabel(year, quarter);
}

function Places({ places }: Pick<EventDetail, 'places'>) {
  if (places.length === 0) return <>{t.none}</>;
  return (
    <ul className="plain-list">
      {places.map((place) => (
        <li key={place.id}>
          {place.name}, {place.countryName}{' '}
          <span className="muted">
            ({t.coordinates(coordinate(place.lat), coordinate(place.lon))}; {placeSourceLabels[place.source] ?? place.source})
          </span>
        </li>
      ))}
    </ul>
  );
}

function Countries({ countries }: Pick<EventDetail, 'countries'>) {
  if (countries.length === 0) return <>{t.none}</>;
  return (
    <ul className="plain-list">
      {countries.map((country) => (
        <li key={country.code}>
          <Link href={`/countries/${country.code}`}>{country.nameRu}</Link> — {country.role === 'venue' ? t.roleVenue : t.rolePartner}
        </li>
      ))}
    </ul>
  );
}

/** The correctable fields shown on each line (the dates line shows two). */
const LINE_FIELDS: Record<string, string[]> = {
  [t.sphere]: ['sphere'],
  [t.dates]: ['startDate', 'endDate'],
  [t.precision]: ['datePrecision'],
  [t.remote]: ['remote'],
  [t.countries]: ['countries'],
  [t.sme]: ['smeCount'],
  [t.participantsTotal]: ['participantsTotal'],
  [t.foreignParticipants]: ['foreignParticipants'],
  [t.audience]: ['audience'],
  [t.agreementSigned]: ['agreementSigned'],
  [t.format]: ['format'],
  [t.direction]: ['direction'],
  [t.kind]: ['kind'],
  [t.excluded]: ['excluded'],
};

/** "исправлено" and the report's value, for a line whose fields an analyst corrected. */
export function CorrectedMark({ fields, parsed }: { fields: string[]; parsed: Map<string, string> }) {
  const values = fields.filter((field) => parsed.has(field));
  if (values.length === 0) return null;
  return (
    <>
      {' '}
      <span className="tag corrected" data-testid="corrected-mark">
        {correctionText.marker}
      </span>{' '}
      <span className="muted">{correctionText.parsed(values.map((field) => parsed.get(field)).join(' – '))}</span>
    </>
  );
}

/**
 * Every field the import extracted from the row, labelled in Russian. `parsed` holds, per field
 * an analyst corrected, the report's value as shown.
 */
export function EventFields({ detail, parsed }: { detail: EventDetail; parsed: Map<string, string> }) {
  const { event, report, sphere } = detail;
  const fields: [string, ReactNode][] = [
    [t.report, <span title={report.title}>{t.reportRow(reportPeriodLabel(report.periodKey), event.seq)}</span>],
    [t.sphere, <Link href={`/spheres/${sphere.slug}`}>{sphere.name}</Link>],
    [t.dates, formatDateRange(event.startDate, event.endDate, event.datePrecision)],
    [t.precision, event.datePrecision ? precisionLabels[event.datePrecision] : t.none],
    [t.quarter, quarterOf(event.quarterKey)],
    [t.places, <Places places={detail.places} />],
    [t.venues, event.venues.length > 0 ? event.venues.join('; ') : t.none],
    [t.remote, yesNo(event.remote)],
    [t.countries, <Countries countries={detail.countries} />],
    [t.sme, count(event.smeCount)],
    [t.participantsTotal, count(event.participantsTotal)],
    [t.foreignParticipants, count(event.foreignParticipants)],
    [t.audience, count(event.audience)],
    [t.agreementSigned, yesNo(event.agreementSigned)],
    [t.format, formatLabels[event.format] ?? event.format],
    [t.direction, directionLabels[event.direction] ?? event.direction],
    [t.kind, kindLabels[event.kind] ?? event.kind],
    [t.excluded, yesNo(event.excluded)],
  ];
  return (
    <dl className="fields" data-testid="event-fields">
      {fields.map(([label, value]) => (
        <div key={label} className="field">
          <dt>{label}</dt>
          <dd>
            {value}
            <CorrectedMark fields={LINE_FIELDS[label] ?? []} parsed={parsed} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
