/**
 * The names and choices of correctable fields, with no dependencies, so the event page's form
 * (a client component) can import them without the validators.
 */
import type { DatePrecision, Direction, EventFormat, EventKind, EventStatus } from '@/lib/ingest/types';

export const CORRECTABLE_FIELDS = [
  'sphere', 'title', 'startDate', 'endDate', 'datePrecision', 'remote', 'countries', 'smeCount', 'participantsTotal',
  'foreignParticipants', 'delegationSize', 'audience', 'agreementSigned', 'kind', 'format', 'direction', 'status', 'excluded',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type FieldValue = string | number | boolean | null | string[];

export const EVENT_KINDS = [
  'exhibition', 'business_mission', 'conference', 'forum', 'working_meeting', 'competition', 'festival', 'performance', 'videoconference', 'other',
] as const satisfies readonly EventKind[];
export const EVENT_FORMATS = ['in_person', 'remote', 'hybrid'] as const satisfies readonly EventFormat[];
export const DIRECTIONS = ['outbound', 'inbound', 'hosted'] as const satisfies readonly Direction[];
export const EVENT_STATUSES = ['held', 'postponed', 'cancelled'] as const satisfies readonly EventStatus[];
export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const satisfies readonly DatePrecision[];

