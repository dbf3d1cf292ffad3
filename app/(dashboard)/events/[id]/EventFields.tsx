import Link from 'next/link';
import type { ReactNode } from 'react';
import { PlainList } from '@/app/_components/ui/PlainList';
import { formatDateRange, formatNumber } from '@/lib/format';
import { common, correctionText, directionLabels, eventText as t, formatLabels, kindLabels, placeSourceLabels, precisionLabels, statusLabels } from '@/lib/i18n/ru';
import { quarterName, reportPeriodName } from '@/lib/periods';
import type { EventDetail } from '@/lib/queries/events';
import type { EventStatus } from '@/lib/vocabulary';

const count = (n: number | null) => (n === null ? common.notStated : formatNumber(n));
const yesNo = (value: boolean) => (value ? common.yes : common.no);
const coordinate = (value: number) => value.toLocaleString('ru-RU', { maximumFractionDigits: 4 });

function quarterOf(key: string | null): string {
  return key ? quarterName(key) : t.none;
}

function Places({ places }: Pick<EventDetail, 'places'>) {
  return (
    <PlainList items={places} itemKey={(place) => place.id} empty={t.none}>
      {(place) => (
        <>
          {place.name}, {place.countryName}{' '}
          <span className="muted">
            ({t.coordinates(coordinate(place.lat), coordinate(place.lon))}; {placeSourceLabels[place.source]})
          </span>
        </>
      )}
    </PlainList>
  );
}

function Countries({ countries }: Pick<EventDetail, 'countries'>) {
  return (
    <PlainList items={countries} itemKey={(country) => country.code} empty={t.none}>
      {(country) => (
        <>
          <Link href={`/countries/${country.code}`}>{country.nameRu}</Link> — {country.role === 'venue' ? t.roleVenue : t.rolePartner}
        </>
      )}
    </PlainList>
  );
}

function Status({ status }: { status: EventStatus }) {
  const label = statusLabels[status];
  if (status === 'held') return <>{label}</>;
  return (
    <span data-testid="event-status" data-status={status}>
      <strong>{label}</strong> <span className="muted">— {t.notHeldNote}</span>
    </span>
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
  [t.status]: ['status'],
  [t.delegationSize]: ['delegationSize'],
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
    [t.report, <span title={report.title}>{common.reportRow(reportPeriodName(report.periodKey), event.seq)}</span>],
    [t.sphere, <Link href={`/spheres/${sphere.slug}`}>{sphere.name}</Link>],
    [t.status, <Status status={event.status} />],
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
    [t.delegationSize, count(event.delegationSize)],
    [t.audience, count(event.audience)],
    [t.agreementSigned, yesNo(event.agreementSigned)],
    [t.format, formatLabels[event.format]],
    [t.direction, directionLabels[event.direction]],
    [t.kind, kindLabels[event.kind]],
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
