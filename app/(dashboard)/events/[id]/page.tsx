import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { z } from 'zod';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { EventsMap } from '@/app/_components/map/EventsMap';
import { Card } from '@/app/_components/ui/Card';
import { hrefWith, toSearchParams } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { correctionText, eventText as t, mergeText, twinsText } from '@/lib/i18n/ru';
import { formatFieldValue } from '@/app/_components/corrections/field-value';
import { canEdit, getCurrentUser } from '@/lib/auth/guards';
import { getEventCorrections, getSphereChoices } from '@/lib/queries/corrections';
import { getDb } from '@/lib/queries/db';
import { getEventTwins } from '@/lib/queries/duplicates';
import { getEventById, type EventDetail } from '@/lib/queries/events';
import { getEventDecisions, getLookAlikesOf } from '@/lib/queries/merges';
import type { PlacePoint } from '@/lib/queries/places';
import { CorrectionForm } from './CorrectionForm';
import { CorrectionHistory } from './CorrectionHistory';
import { CorrectedMark, EventFields } from './EventFields';
import { EventWarnings } from './EventWarnings';
import { MergePanel } from './MergePanel';
import { ReportRows } from './ReportRows';
import { SourceText } from './SourceText';

const eventId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);

/** The event's places as map points: one event each, itself. */
function mapPoints({ event, places }: EventDetail): PlacePoint[] {
  const self = { id: event.id, title: event.title, startDate: event.startDate, endDate: event.endDate, datePrecision: event.datePrecision };
  return places.map((place) => ({ ...place, events: 1, sample: [self] }));
}

type Params = Promise<{ id: string }>;

/** The row's values as the correction form's inputs start. */
function currentValues({ event, sphere, countries }: EventDetail): Record<string, string> {
  const text = (value: string | number | boolean | null) => (value === null ? '' : String(value));
  const partners = countries.filter((country) => country.role === 'partner').map((country) => country.code);
  return {
    sphere: sphere.slug,
    title: event.title,
    startDate: text(event.startDate),
    endDate: text(event.endDate),
    datePrecision: text(event.datePrecision),
    remote: text(event.remote),
    countries: partners.sort().join(', '),
    smeCount: text(event.smeCount),
    participantsTotal: text(event.participantsTotal),
    foreignParticipants: text(event.foreignParticipants),
    audience: text(event.audience),
    agreementSigned: text(event.agreementSigned),
    kind: event.kind,
    format: event.format,
    direction: event.direction,
    excluded: text(event.excluded),
  };
}

/** The event of the route's id (validated: a positive integer), or null; shared by the page and its metadata. */
const loadEvent = cache(async (rawId: string): Promise<EventDetail | null> => {
  await connection();
  const id = eventId.safeParse(rawId);
  return id.success ? getEventById(getDb(), id.data) : null;
});

export default async function EventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const detail = await loadEvent((await params).id);
  if (!detail) notFound();
  // A drill-down keeps its filters: the list it came from is one click back.
  const { filters } = await loadPageFilters(searchParams);
  const filtered = toSearchParams(filters).toString() !== '';
  const db = getDb();
  const twins = getEventTwins(db, detail.event.id);
  const self = { report: detail.report.periodKey, seq: detail.event.seq, isPrimary: detail.event.isPrimary };
  const corrections = getEventCorrections(db, detail.event.id);
  const spheres = getSphereChoices(db);
  const sphereNames = new Map(spheres.map((sphere) => [sphere.slug, sphere.name]));
  const parsed = new Map(
    corrections.filter((correction) => correction.state === 'active').map((correction) => [correction.field, formatFieldValue(correction.field, correction.parsedValue, sphereNames)]),
  );
  const editable = canEdit(await getCurrentUser());
  const { correction: outcome, merge: mergeOutcome } = await searchParams;
  return (
    <>
      <p className="back-link">
        <Link href={hrefWith('/events', filters)} data-testid="event-back">
          {filtered ? t.backFiltered : t.back}
        </Link>
      </p>
      <PageFilters filters={filters} path={`/events/${detail.event.id}`} />
      <h1 data-testid="event-title">
        {detail.event.title}
        <CorrectedMark fields={['title']} parsed={parsed} />
      </h1>
      <div className="event-layout">
        <Card title={t.fieldsTitle}>
          <EventFields detail={detail} parsed={parsed} />
        </Card>
        <div className="event-side">
          <Card title={t.warningsTitle}>
            <EventWarnings warnings={detail.warnings} />
          </Card>
          <Card title={twinsText.title} note={twins.length > 0 ? twinsText.note : undefined}>
            <ReportRows self={self} twins={twins} />
          </Card>
          <Card title={t.mapTitle}>
            <EventsMap size="small" places={mapPoints(detail)} countries={[]} filtersQuery="" />
          </Card>
        </div>
      </div>
      <Card title={correctionText.title} note={correctionText.note} testId="corrections">
        {typeof outcome === 'string' && (
          <p className={outcome === 'saved' ? 'form-ok' : 'form-error'} role="status" data-testid="correction-outcome">
            {correctionText.outcomes[outcome] ?? ''}
          </p>
        )}
        <CorrectionHistory corrections={corrections} sphereNames={sphereNames} canEdit={editable} />
        {editable && (
          <CorrectionForm
            eventId={detail.event.id}
            current={currentValues(detail)}
            spheres={spheres.map((sphere) => [sphere.slug, sphere.name])}
          />
        )}
      </Card>
      <Card title={mergeText.title} note={mergeText.note} testId="merge-card">
        <MergePanel
          eventId={detail.event.id}
          self={{ report: detail.report.periodKey, seq: detail.event.seq, title: detail.event.title }}
          decisions={getEventDecisions(db, detail.event.id)}
          twins={twins}
          lookAlikes={getLookAlikesOf(db, detail.event.id)}
          canEdit={editable}
          outcome={typeof mergeOutcome === 'string' ? mergeOutcome : undefined}
        />
      </Card>
      <Card title={t.sourceTitle}>
        <SourceText cells={detail.event.sourceText} />
      </Card>
    </>
  );
}

export async function generateMetadata({ params }: { params: Params }) {
  const detail = await loadEvent((await params).id);
  return { title: detail ? detail.event.title : t.badId };
}
