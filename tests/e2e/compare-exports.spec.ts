import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { q3Rows, q4Rows } from '../fixtures/expected/2025-Q4-rows';
import { waitForCharts } from './chart-pages';
import { deleteReportAsAdmin } from './auth';
import { chartSizes, download, expectRefused, fromMenu, parseSvg, readSheet } from './downloads';
import { screenshots, seriousViolations, url, useSharedPage } from './fixtures';
import { decodePng, hasColor, inkShare, isPng, pngSize } from './png';
import { ingestIntoServer, TEST_REPORT_FILES } from './reports';

/*
 * Two reports loaded: the real Q4 2025 report and the test Q3 2025 report, so both quarters have
 * their report and the page compares them by default. Quarter of an event = quarter of its start
 * date (q3Rows: the 15 September rows of the Q4 report; q4Rows: the other 55). Read off the test Q3
 * report: 6 rows, all in quarter III; rows 1 and 3 are the Q4 report's rows 13 and 25 (counted
 * once), rows 2, 4, 5, 6 are events of their own — row 2 with Kazakhstan and 12 SMEs, rows 4–6
 * with Belarus.
 */
const q3 = q3Rows;
const q4 = q4Rows;
const naming = (rows: typeof q3Rows, code: string) => rows.filter((row) => row.countries.includes(code)).length;
const Q3_OWN = { events: 4, belarus: 3 };
const PERIOD_A: [number, number, number] = [0xf2, 0x8e, 0x2b]; // PERIOD_COLORS.a
const PERIOD_B: [number, number, number] = [0x1f, 0x5f, 0xa8]; // PERIOD_COLORS.b
const SLIDE_PNG = { width: 3200, height: 1800 };
const PERIODS = '2025-Q3_vs_2025-Q4';

describe('exports from the comparison page (quarter III against quarter IV of 2025)', () => {
  let page: Page;
  beforeAll(() => ingestIntoServer(TEST_REPORT_FILES.q3_2025));
  afterAll(() => deleteReportAsAdmin('2025-Q3'));
  useSharedPage('/compare', async (opened) => {
    page = opened;
    await waitForCharts(page);
    await page.locator('.events-map .leaflet-container').waitFor();
  });

  test('by default, the latest covered quarter against the covered quarter before it', async () => {
    expect(await page.locator('select#cmp-a-from').inputValue()).toBe('2025-Q3');
    expect(await page.locator('select#cmp-b-from').inputValue()).toBe('2025-Q4');
    expect(await page.getByTestId('compare-coverage-warning').count()).toBe(0);
  });

  test('a paired chart as PNG: a 3200×1800 slide with bars of both period colours', async () => {
    const file = await fromMenu(page, 'compare-countries', /PNG/);
    expect(file.name).toBe(`compare-countries_${PERIODS}.png`);
    expect(isPng(file.bytes)).toBe(true);
    expect(pngSize(file.bytes)).toEqual(SLIDE_PNG);
    const png = decodePng(file.bytes);
    expect(png.rgb(4, 4)).toEqual([255, 255, 255]);
    expect(inkShare(png, { x: 64, y: 48, w: 900, h: 50 })).toBeGreaterThan(0.02); // the title
    expect(inkShare(png, { x: 540, y: 180, w: 600, h: 550 })).toBeGreaterThan(0.05); // the bars (a tall chart: scaled to the height)
    expect(hasColor(png, PERIOD_A)).toBe(true);
    expect(hasColor(png, PERIOD_B)).toBe(true);
  });

  test('a paired chart as SVG: plain SVG with both periods in the subtitle and bars of both colours', async () => {
    const file = await fromMenu(page, 'compare-spheres', /SVG/);
    expect(file.name).toBe(`compare-spheres_${PERIODS}.svg`);
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.ok).toBe(true);
    expect(svg.rootSize).toBe('1600×900');
    expect(svg.texts).toContain('Мероприятия по сферам');
    expect(svg.texts.join(' ')).toContain('Сравнение периодов: III кв. 2025 (A) и IV кв. 2025 (B) · Фильтры: не выбраны');
    expect(svg.fills).toContain('#f28e2b');
    expect(svg.fills).toContain('#1f5fa8');
    // Issue 14: this chart sat in a narrow column with ~6 pt labels. Now six spheres and "Прочие (N)"
    // span the frame's width (1472 px inside its margins), and no text is under 14 pt at 1920×1080.
    expect(svg.texts.some((text) => /^Прочие \(\d+\)$/.test(text))).toBe(true);
    const sizes = await chartSizes(page, file.bytes.toString('utf8'));
    expect(sizes.chartWidth).toBeGreaterThan(1400);
    expect(sizes.smallest.px, sizes.smallest.text).toBeGreaterThanOrEqual(18.6);
  });

  test('the change map as PNG keeps the basemap and the level colours', async () => {
    const file = await fromMenu(page, 'compare-map', /PNG/);
    expect(file.name).toBe(`compare-map_${PERIODS}.png`);
    expect(pngSize(file.bytes)).toEqual(SLIDE_PNG);
    const png = decodePng(file.bytes);
    expect(hasColor(png, [0x21, 0x66, 0xac])).toBe(true); // Belarus: large increase (CHANGE_LEVEL_COLORS)
    expect(hasColor(png, [0x54, 0x27, 0x88])).toBe(true); // Uzbekistan: new
  });

  test('paired chart data as XLSX: both periods per country, the rows of the chart', async () => {
    const file = await fromMenu(page, 'compare-countries', /XLSX/);
    expect(file.name).toBe(`compare-countries_${PERIODS}.xlsx`);
    const sheet = await readSheet(file.bytes);
    expect(sheet.getCell('A1').value).toBe('Страны-партнёры: мероприятия');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Страна', 'Регион мира', 'Период A: III кв. 2025', 'Период B: IV кв. 2025', 'Изменение', 'Изменение, %', 'Столбец на графике']);
    // Belarus: 11 + 3 events in quarter III, 39 in quarter IV; +25 is +179 % of 14.
    expect(sheet.getRow(5).values).toEqual([undefined, 'Беларусь', 'Беларусь', naming(q3, 'BY') + Q3_OWN.belarus, naming(q4, 'BY'), 25, 179, 'Беларусь']);
    // The chart: the first six countries and "Прочие (N)"; the file: every country, each with its row of the chart.
    const labels = await page.getByTestId('compare-countries').locator('.recharts-yAxis-tick-labels text').allTextContents();
    expect(labels).toHaveLength(7);
    expect(labels.at(-1)).toMatch(/^Прочие \(\d+\)$/);
    expect(Array.from({ length: 6 }, (_, i) => sheet.getCell(5 + i, 1).value)).toEqual(labels.slice(0, 6));
    const rest = Number(/\d+/.exec(labels.at(-1)!)![0]);
    expect(Array.from({ length: rest }, (_, i) => sheet.getCell(11 + i, 7).value)).toEqual(Array(rest).fill(labels.at(-1)));
    expect(sheet.getCell(11 + rest, 1).value).toBeNull();
  });

  test('tables as CSV: BOM, ";" and the rows of the page', async () => {
    const levels = (await fromMenu(page, 'compare-levels', /CSV/)).bytes.toString('utf8');
    expect(levels.startsWith('\uFEFFСтрана;Регион мира;Период A: III кв. 2025;Период B: IV кв. 2025;')).toBe(true);
    const lines = levels.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe('Беларусь;Беларусь;14;39;25;179;Сильный рост');
    expect(lines.length - 1).toBe(await page.getByTestId('compare-levels').locator('tbody tr').count());
    const figures = await fromMenu(page, 'compare-figures', /CSV/);
    expect(figures.name).toBe(`compare-figures_${PERIODS}.csv`);
    // 15 + 4 = 19 events → 55: +36, +189 %.
    expect(figures.bytes.toString('utf8').split('\r\n')[1]).toBe(`Мероприятия;${q3.length + Q3_OWN.events};55;36;189`);
  });

  test('the page as PowerPoint: the comparison summary, five figure slides, the events table', async () => {
    await page.getByTestId('export-pptx').click();
    const file = await download(page, () => page.getByTestId('export-pptx-confirm').click());
    expect(file.name).toBe(`compare_${PERIODS}.pptx`);
    const zip = await JSZip.loadAsync(file.bytes);
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(9);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(media).toHaveLength(5);
    for (const name of media) expect(pngSize(await zip.file(name)!.async('nodebuffer'))).toEqual(SLIDE_PNG);
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('Сравнение периодов: III кв. 2025 (A) и IV кв. 2025 (B)');
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('В IV квартале 2025 года проведено 55 мероприятий');
    // The key figures of both periods: 15 + 4 = 19 events in quarter III, 55 in IV; +36.
    const figures = await zip.file('ppt/slides/slide2.xml')!.async('string');
    for (const text of ['Ключевые показатели', 'III кв. 2025', 'IV кв. 2025', '<a:t>19</a:t>', '<a:t>55</a:t>', '<a:t>+36</a:t>']) expect(figures).toContain(text);
    // Both quarters: 19 + 55 = 74 events; the main ten (most SME participants) over two slides.
    expect(await zip.file('ppt/slides/slide8.xml')!.async('string')).toContain('Основные мероприятия (1/2)');
    expect(await zip.file('ppt/slides/slide9.xml')!.async('string')).toContain('10 из 74');
  });

  test('the menus pass the accessibility scan', async () => {
    const menu = page.getByTestId('compare-spheres').locator('.export-menu');
    await menu.locator('summary').click();
    await screenshots(page, 'compare-exports-menu');
    expect(await seriousViolations(page)).toEqual([]);
    await menu.locator('summary').click();
  });
});

describe('the data route of comparison figures (only the Q4 2025 report loaded)', () => {
  test.each([
    ['/api/export/compare-countries?a=2025-13', 'invalid_periods'],
    ['/api/export/compare-levels?aFrom=2025-Q4&aTo=2025-Q3', 'invalid_periods'],
    ['/api/export/compare-spheres?has=nope', 'invalid_filters'],
  ])('%s is refused with 400 and a message', (route, error) => expectRefused(route, error));

  test('without periods there is nothing to compare by default (404 with the reason)', async () => {
    const fallback = await fetch(url('/api/export/compare-countries?file=csv'));
    expect(fallback.status).toBe(404);
    expect(((await fallback.json()) as { error: string }).error).toBe('no_comparison');
  });

  test('a range with quarter III (no report) names the range and leaves the changes empty', async () => {
    const range = await fetch(url('/api/export/compare-figures?aFrom=2025-Q3&aTo=2025-Q4&b=2025-Q4&file=csv'));
    expect(range.headers.get('content-disposition')).toBe('attachment; filename="compare-figures_2025-Q3_2025-Q4_vs_2025-Q4.csv"');
    expect((await range.text()).split('\r\n')[1]).toBe('Мероприятия;70;55;;');
  });

  test('the shared filters apply to both periods', async () => {
    const belarus = await fetch(url('/api/export/compare-figures?a=2025-Q3&b=2025-Q4&country=BY&file=csv'));
    expect((await belarus.text()).split('\r\n')[1]).toBe('Мероприятия;11;39;;');
  });
});
