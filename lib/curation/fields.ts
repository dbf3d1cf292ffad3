/**
 * The fields of an event row an analyst may correct, each with its zod schema. A schema takes the
 * typed value or its text form (a form field, a command-line argument): "" is null for the
 * nullable fields, "да"/"нет" and "true"/"false" are booleans, countries are ISO codes separated by
 * commas or spaces. Values are stored as JSON in `corrections` and compared with valuesEqual.
 */
import { z } from 'zod';
import { getCountry } from '@/lib/geo/countries';
import { resolveSphere, type SphereMappings } from '@/lib/ingest/spheres';
import type { ParsedEvent } from '@/lib/ingest/types';
import { DATE_PRECISIONS, DIRECTIONS, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '@/lib/vocabulary';
import { CORRECTABLE_FIELDS, type CorrectableField, type FieldValue } from './vocabulary';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const count = z.preprocess(
  (value) => {
    const blank = blankToNull(value);
    return typeof blank === 'string' && /^\d+$/.test(blank.trim()) ? Number(blank.trim()) : blank;
  },
  z.number().int().min(0).max(10_000_000).nullable(),
);

const TRUE_WORDS = new Set(['true', 'да', '1', 'yes']);
const FALSE_WORDS = new Set(['false', 'нет', '0', 'no']);
const flag = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : value;
}, z.boolean());

const isoDate = z.iso.date();
const date = z.preprocess(blankToNull, isoDate.nullable());

const countryList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value),
  z
    .array(
      z
        .string()
        .transform((code) => code.toUpperCase())
        .refine((code) => code !== 'RU' && getCountry(code) !== null, { message: 'unknown country code (ISO 3166-1 alpha-2, not RU)' }),
    )
    .max(50)
    .transform((codes) => [...new Set(codes)].sort()),
);

export const FIELD_SCHEMAS: Record<CorrectableField, z.ZodType<FieldValue>> = {
  sphere: z.preprocess(trimmed, z.string().regex(/^[a-z0-9-]{1,64}$/, 'a sphere slug')),
  title: z.preprocess(trimmed, z.string().min(1).max(1000)),
  startDate: date,
  endDate: date,
  datePrecision: z.preprocess(blankToNull, z.enum(DATE_PRECISIONS).nullable()),
  remote: flag,
  countries: countryList,
  smeCount: count,
  participantsTotal: count,
  foreignParticipants: count,
  delegationSize: count,
  audience: count,
  agreementSigned: flag,
  kind: z.preprocess(trimmed, z.enum(EVENT_KINDS)),
  format: z.preprocess(trimmed, z.enum(EVENT_FORMATS)),
  direction: z.preprocess(trimmed, z.enum(DIRECTIONS)),
  status: z.preprocess(trimmed, z.enum(EVENT_STATUSES)),
  excluded: flag,
};

export function isCorrectableField(field: string): field is CorrectableField {
  return (CORRECTABLE_FIELDS as readonly string[]).includes(field);
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A field's value as the parser gave it (the sphere as its slug, after the analysts' section mappings; partner countries sorted). */
export function parsedFieldValue(event: ParsedEvent, field: CorrectableField, mappings?: SphereMappings): FieldValue {
  if (field === 'sphere') return resolveSphere(event.sphere, mappings).slug;
  if (field === 'countries') return partnerCodes(event.countries);
  if (field === 'excluded') return false;
  return event[field];
}

function partnerCodes(links: { code: string; role: string }[]): string[] {
  return links
    .filter((link) => link.role === 'partner')
    .map((link) => link.code)
    .sort();
}
