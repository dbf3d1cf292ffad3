/**
 * Synthetic reports in the two forms an analyst uploads: the text form (TAB-started cells, blank
 * lines between rows, one-cell section rows), written from synthetic events in the real report's
 * layout, and the .docx form built from it the way tests/fixtures/build-docx.ts builds Word tables.
 */
import countryNames from '@/data/gazetteer/country-names.ru.json';
import type { ParsedEvent } from '@/lib/ingest/types';
import { quarterPeriod } from '@/lib/ingest/report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { createRandom } from './random';
import { generateReport } from './synthetic-events';
import { createWorld } from './world';

const TITLE_LINES = [
  'Отчет о мероприятиях в международной сфере, проведенных исполнительными органами ',
  'Смоленской области и подведомственными им учреждениями ',
  'в IV квартале 2025 года',
];
const HEADER = [
  '№ п/п',
  'Наименование мероприятия',
  'Место проведения\nмероприятия',
  'Сроки проведения мероприятия',
  'Цель, содержание и результат мероприятия (в том числе краткая информация о достигнутых договоренностях, подписанных документах)',
  'Участники мероприятия (общее количество, другие дополнительные сведения)',
];

export interface SyntheticReport {
  events: number;
  text: Buffer;
  docx: Buffer;
}

export async function buildSyntheticReport(events: number, seed: number): Promise<SyntheticReport> {
  const text = syntheticReportText(events, seed);
  const docx = await buildReportDocx(readTextTable(text));
  return { events, text: Buffer.from(text, 'utf8'), docx };
}

/** A 2025-Q4 report of `count` synthetic events, grouped into sphere sections as in the real one. */
export function syntheticReportText(count: number, seed: number): string {
  const world = createWorld();
  const report = generateReport(createRandom(seed), world, quarterPeriod(2025, 4), count, []);
  const rows: string[] = [cellsOf(HEADER)];
  let seq = 0;
  for (const header of world.sphereHeaders) {
    const section = report.events.filter((event) => event.sphere === header);
    if (section.length === 0) continue;
    rows.push(cellsOf([header]));
    for (const event of section) rows.push(cellsOf(eventCells(event, ++seq)));
  }
  return `${TITLE_LINES.join('\n')}\n\n${rows.join('\n')}\n`;
}

function eventCells(event: ParsedEvent, seq: number): string[] {
  const place = event.places[0];
  const country = place && place.country !== 'RU' ? countryNames[place.country as keyof typeof countryNames]?.names[0] : undefined;
  const placeCell = `г. ${place?.name ?? 'Смоленск'}${country ? `, \n${country}` : ''}`;
  const { title, dates, goal, participants } = event.sourceText;
  return [`${seq}. `, title, placeCell, dates, goal, participants];
}

/** Each cell on a line starting with a TAB (its further lines without one); a blank line ends the row. */
function cellsOf(cells: string[]): string {
  return `${cells.map((cell) => `\t${cell}`).join('\n')}\n`;
}
