/**
 * CSV for spreadsheets: UTF-8 with BOM and ";" as delimiter, which Excel in a Russian locale opens
 * directly. Text that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is prefixed
 * with an apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportedEvent } from './events';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell ?? '')));
  return BOM + stringify([header, ...cells], { delimiter: ';', record_delimiter: '\r\n', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

const EVENT_COLUMNS = ['report', 'seq', 'printedNo', 'sphere', 'title', 'status', 'startDate', 'endDate', 'datePrecision', 'places', 'remote', 'countries', 'smeCount', 'participantsTotal', 'foreignParticipants', 'audience', 'delegationSize', 'agreementSigned', 'format', 'direction', 'kind', 'warnings', 'sameAs', 'corrected', 'excluded', 'mergedInto'] as const;

export function eventsToCsv(events: Omit<ExportedEvent, 'id'>[]): string {
  const rows = events.map((event) =>
    EVENT_COLUMNS.map((column) => {
      if (column === 'places') return event.places.map((place) => `${place.name} (${place.country})`).join('; ');
      if (column === 'countries') return event.countries.join(', ');
      if (column === 'warnings') return event.warnings.map((warning) => warning.code).join(', ');
      if (column === 'sameAs') return event.sameAs.map((twin) => `${twin.report}#${twin.seq}`).join(', ');
      if (column === 'corrected') return event.corrected.join(', ');
      if (column === 'mergedInto') return event.mergedInto ? `${event.mergedInto.report}#${event.mergedInto.seq}` : '';
      return event[column];
    }),
  );
  return toCsv([...EVENT_COLUMNS], rows);
}
