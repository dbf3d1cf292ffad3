/**
 * Reports written the way regional offices really write them (tests/fixtures/reports/drift/, test
 * data typed by hand): a table continued in a second table, an older five-column layout with place
 * and date in one cell, a half-year report, an unknown layout. Each is read as text and as a .docx
 * built from it (Word numbering continuous or restarted per section, typed numbers, merged cells).
 * Expected values are read off the fixture files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReport } from '@/lib/ingest';
import { formatPeriodKey } from '@/lib/ingest/report';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';
import type { ParsedReport, ReportTable } from '@/lib/ingest/types';
import { buildReportDocx, type BuildDocxOptions } from '@/tests/fixtures/build-docx';

const DIR = 'tests/fixtures/reports/drift';
const textTable = (name: string) => readTextTable(readFileSync(`${DIR}/${name}`, 'utf8'));
const fromText = (name: string) => parseReport(textTable(name));
const fromDocx = async (name: string, options: BuildDocxOptions) => parseReport(await readDocxTable(await buildReportDocx(textTable(name), options)));

function brief(report: ParsedReport) {
  return report.events.map((event) => ({
    seq: event.seq,
    printedNo: event.printedNo,
    sphere: event.sphere,
    title: event.title,
    dates: [event.startDate, event.endDate],
    countries: event.countries.map((link) => link.code).sort(),
    smeCount: event.smeCount,
  }));
}

describe('a report whose table continues in a second table (2026-Q1)', () => {
  const ECONOMY = 'Сотрудничество в сфере экономического развития';
  const EDUCATION = 'Сотрудничество в сфере образования и науки';
  const expected = [
    { seq: 1, printedNo: '1', sphere: ECONOMY, title: 'Участие в выставке «Белагро-2026»', dates: ['2026-01-20', '2026-01-23'], countries: ['BY'], smeCount: 5 },
    { seq: 2, printedNo: '2', sphere: ECONOMY, title: 'Бизнес-миссия в Республику Казахстан', dates: ['2026-02-10', '2026-02-12'], countries: ['KZ'], smeCount: 7 },
    { seq: 3, printedNo: '3', sphere: ECONOMY, title: 'Переговоры с делегацией провинции Хэнань', dates: ['2026-03-03', '2026-03-03'], countries: ['CN'], smeCount: null },
    { seq: 4, printedNo: '4', sphere: ECONOMY, title: 'Участие в ярмарке «Сделано в Беларуси»', dates: ['2026-03-12', '2026-03-14'], countries: ['BY'], smeCount: 4 },
    { seq: 5, printedNo: '5', sphere: ECONOMY, title: 'Видеоконференция с торговым представительством в Узбекистане', dates: ['2026-03-25', '2026-03-25'], countries: ['UZ'], smeCount: 2 },
    { seq: 6, printedNo: '6', sphere: EDUCATION, title: 'Олимпиада по русскому языку для школьников Республики Беларусь', dates: ['2026-02-17', '2026-02-17'], countries: ['BY'], smeCount: null },
    { seq: 7, printedNo: '7', sphere: EDUCATION, title: 'Стажировка преподавателей из Республики Узбекистан', dates: ['2026-03-02', '2026-03-06'], countries: ['UZ'], smeCount: null },
  ];

  test('text form: every event, the repeated header is a header, the section runs on', () => {
    const report = fromText('two-tables-2026-Q1.txt');
    expect(formatPeriodKey(report.period)).toBe('2026-Q1');
    expect(brief(report)).toEqual(expected);
    expect(report.account).toEqual({ rowsRead: 12, headers: 2, columnNumbers: 0, sections: 2, events: 7, summaryRows: 1, skipped: [] });
    expect(report.summary).toBe('В I квартале 2026 года проведено 7 мероприятий');
  });

  test('.docx of two tables with a paragraph between them, one Word list: the same events', async () => {
    const report = await fromDocx('two-tables-2026-Q1.txt', { interlude: 'Продолжение таблицы', summaryAsParagraph: true });
    expect(brief(report)).toEqual(expected);
    expect(report.account).toMatchObject({ headers: 2, sections: 2, events: 7, skipped: [] });
    expect(report.summary).toBe('В I квартале 2026 года проведено 7 мероприятий');
  });

  test('.docx whose Word numbering restarts per section: seq runs on, the printed number restarts', async () => {
    const report = await fromDocx('two-tables-2026-Q1.txt', { numbering: 'word-restart' });
    expect(report.events.map((event) => [event.seq, event.printedNo])).toEqual([
      [1, '1'], [2, '2'], [3, '3'], [4, '4'], [5, '5'], [6, '1'], [7, '2'],
    ]);
  });
});

describe('an older five-column report: place and date in one cell, column numbers, Roman sections (2024-Q2)', () => {
  const ECONOMY = 'Сотрудничество в сфере экономики';
  const CULTURE = 'Сотрудничество в сфере культуры';
  const expected = [
    { seq: 1, printedNo: '1', sphere: ECONOMY, title: 'Бизнес-миссия смоленских предприятий в Республику Беларусь', dates: ['2024-04-15', '2024-04-17'], countries: ['BY'], smeCount: 6 },
    { seq: 2, printedNo: '2', sphere: ECONOMY, title: 'Участие в выставке «Иннопром. Центральная Азия»', dates: ['2024-05-20', '2024-05-20'], countries: ['UZ'], smeCount: 3 },
    { seq: 3, printedNo: '1', sphere: CULTURE, title: 'Гастроли Смоленского камерного театра', dates: ['2024-06-03', '2024-06-05'], countries: ['BY'], smeCount: null },
    { seq: 4, printedNo: '2', sphere: CULTURE, title: 'Дни культуры Республики Казахстан в Смоленской области', dates: ['2024-06-10', '2024-06-10'], countries: ['KZ'], smeCount: null },
  ];

  const checkFields = (report: ParsedReport) => {
    expect(formatPeriodKey(report.period)).toBe('2024-Q2');
    expect(brief(report)).toEqual(expected);
    expect(report.events.map((event) => event.places.map((place) => place.name))).toEqual([['Минск'], ['Ташкент'], ['Гомель'], ['Смоленск']]);
    expect(report.events[0]?.sourceText).toMatchObject({ place: 'г. Минск, Республика Беларусь', dates: '15-17 апреля 2024 г.', goal: 'Проведено 24 деловые встречи, подписано соглашение о поставках' });
    expect(report.events[0]?.sourceText.section).toBe('I. Сотрудничество в сфере экономики');
    expect(report.events[0]?.agreementSigned).toBe(true);
    expect(report.events.flatMap((event) => event.warnings.map((warning) => warning.code))).toEqual([]);
    expect(report.summary).toBeNull();
    expect(report.account).toEqual({ rowsRead: 8, headers: 1, columnNumbers: 1, sections: 2, events: 4, summaryRows: 0, skipped: [] });
  };

  test('text form', () => checkFields(fromText('legacy-five-columns-2024-Q2.txt')));

  test('.docx with typed numbers', async () => checkFields(await fromDocx('legacy-five-columns-2024-Q2.txt', { numbering: 'typed' })));

  test('.docx: a place-and-date cell merged down over two rows belongs to both', async () => {
    const table = textTable('legacy-five-columns-2024-Q2.txt');
    const sameVenue = withCell(table, 'Участие в выставке «Иннопром. Центральная Азия»', 2, 'г. Минск, Республика Беларусь,\n15-17 апреля 2024 г.');
    const report = parseReport(await readDocxTable(await buildReportDocx(sameVenue, { numbering: 'typed', mergeDownColumns: [2] })));
    expect(report.events.slice(0, 2).map((event) => [event.places[0]?.name, event.startDate, event.endDate])).toEqual([
      ['Минск', '2024-04-15', '2024-04-17'],
      ['Минск', '2024-04-15', '2024-04-17'],
    ]);
  });
});

describe('a half-year report (2025-H1)', () => {
  test('is stored with its true span; only the row outside January–June is flagged', () => {
    const report = fromText('half-year-2025-H1.txt');
    expect(report.period).toEqual({ year: 2025, kind: 'half', part: 1 });
    expect(report.events.map((event) => event.warnings.map((warning) => warning.code))).toEqual([[], [], ['date_outside_period']]);
  });
});

describe('what cannot be read is said', () => {
  test('an unknown layout names what was expected and the header cells found', () => {
    expect(() => fromText('unknown-layout-2025-Q4.txt')).toThrow(/layout is not recognised: expected .*наименование.*; the first row holds «Дата», «Событие», «Комментарий»/);
  });

  test('rows without a title, empty rows and continuation notes are skipped with their reason', () => {
    const table = textTable('two-tables-2026-Q1.txt');
    const [header, ...body] = table.rows;
    const rows = [header!, ...body.slice(0, 2), { cells: ['Продолжение таблицы'] }, { cells: ['8.', '', 'г. Минск', '1 марта 2026 года', '', ''] }, ...body.slice(2)];
    const report = parseReport({ ...table, rows });
    expect(report.events).toHaveLength(7);
    expect(report.account.skipped.map((skip) => [skip.reason, skip.row])).toEqual([['continuation_note', 4], ['no_title', 5]]);
  });
});

function withCell(table: ReportTable, title: string, column: number, text: string): ReportTable {
  return { ...table, rows: table.rows.map((row) => (row.cells[1] === title ? { cells: row.cells.map((cell, i) => (i === column ? text : cell)) } : row)) };
}
