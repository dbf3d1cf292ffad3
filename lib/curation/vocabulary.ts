/**
 * The names and choices of correctable fields, with no dependencies, so the event page's form
 * (a client component) can import them without the validators. The choices of each enum field
 * are the vocabularies of lib/vocabulary.ts.
 */

export const CORRECTABLE_FIELDS = [
  'sphere', 'title', 'startDate', 'endDate', 'datePrecision', 'remote', 'countries', 'smeCount', 'participantsTotal',
  'foreignParticipants', 'delegationSize', 'audience', 'agreementSigned', 'kind', 'format', 'direction', 'status', 'excluded',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type FieldValue = string | number | boolean | null | string[];
