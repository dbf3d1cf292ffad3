import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedEvents } from '../fixtures/expected/2025-Q4';
import { waitForCharts } from './chart-pages';
import { download, fromMenu, parseSvg, readSheet } from './downloads';
import { launchBrowser, openPage, screenshots, seriousViolations, url, type Browser } from './fixtures';
import { decodePng, hasColor, inkShare, isPng, pngSize } from './png';

/*
 * Quarter of an event = quarter of its start date. Read off the report: rows 13, 16, 22–26, 43, 44,
 * 59–62, 65, 66 start in September (quarter III), the other 55 rows in quarter IV.
 */
const Q3_ROWS = [13, 16, 22, 23, 24, 25, 26, 43, 44, 59, 60, 61, 62, 65, 66];
const q3 = expectedEvents.filter((row) => Q3_ROWS.includes(row.seq));
const q4 = expectedEvents.filter((row) => !Q3_ROWS.includes(row.seq));
const naming = (rows: typeof expectedEvents, code: string) => rows.filter((row) => row.countries.includes(code)).length;
const PERIOD_A: [number, number, number] = [0xf2, 0x8e, 0x2b]; // PERIOD_COLORS.a
const PERIOD_B: [number, number, number] = [0x1f, 0x5f, 0xa8]; // PERIOD_COLORS.b
const SLIDE_PNG = { width: 3200, height: 1800 };
const PERIODS = '2025-Q3_vs_2025-Q4';

describe('exports from the comparison page (quarter III against quarter IV of 2025)', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, '/compare'));
    await waitForCharts(page);
    await page.locator('.events-map .leaflet-container').waitFor();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the hand counts behind the expectations', () => {
    expect([q3.length, q4.length]).toEqual([15, 55]);
    expect([naming(q3, 'BY'), naming(q4, 'BY')]).toEqual([11, 39]);
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
    expect(sheet.getRow(4).values).toEqual([undefined, 'Страна', 'Регион мира', 'Период A: III кв. 2025', 'Период B: IV кв. 2025', 'Изменение', 'Изменение, %']);
    // Belarus: 11 rows start in September, 39 later; +28 is +255 % of 11.
    expect(sheet.getRow(5).values).toEqual([undefined, 'Беларусь', 'Беларусь', naming(q3, 'BY'), naming(q4, 'BY'), 28, 255]);
    const labels = await page.getByTestId('compare-countries').locator('.recharts-yAxis-tick-labels text').allTextContents();
    expect(Array.from({ length: labels.length }, (_, i) => sheet.getCell(5 + i, 1).value)).toEqual(labels);
  });

  test('tables as CSV: BOM, ";" and the rows of the page', async () => {
    const levels = (await fromMenu(page, 'compare-levels', /CSV/)).bytes.toString('utf8');
    expect(levels.startsWith('\uFEFFСтрана;Регион мира;Период A: III кв. 2025;Период B: IV кв. 2025;')).toBe(true);
    const lines = levels.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe('Беларусь;Беларусь;11;39;28;255;Сильный рост');
    expect(lines.length - 1).toBe(await page.getByTestId('compare-levels').locator('tbody tr').count());
    const figures = await fromMenu(page, 'compare-figures', /CSV/);
    expect(figures.name).toBe(`compare-figures_${PERIODS}.csv`);
    // 15 events → 55: +40, +267 %.
    expect(figures.bytes.toString('utf8').split('\r\n')[1]).toBe('Мероприятия;15;55;40;267');
  });

  test('the page as PowerPoint: the comparison summary, five figure slides, the events table', async () => {
    await page.getByTestId('export-pptx').click();
    const file = await download(page, () => page.getByTestId('export-pptx-confirm').click());
    expect(file.name).toBe(`compare_${PERIODS}.pptx`);
    const zip = await JSZip.loadAsync(file.bytes);
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(8);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(media).toHaveLength(5);
    for (const name of media) expect(pngSize(await zip.file(name)!.async('nodebuffer'))).toEqual(SLIDE_PNG);
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('Сравнение периодов: III кв. 2025 (A) и IV кв. 2025 (B)');
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('В IV квартале 2025 года проведено 55 мероприятий');
    // The key figures of both periods: 15 rows start in September (III), 55 in IV; +40.
    const figures = await zip.file('ppt/slides/slide2.xml')!.async('string');
    for (const text of ['Ключевые показатели', 'III кв. 2025', 'IV кв. 2025', '<a:t>15</a:t>', '<a:t>55</a:t>', '<a:t>+40</a:t>']) expect(figures).toContain(text);
    // Both quarters: 70 events, 5 on the slide.
    expect(await zip.file('ppt/slides/slide8.xml')!.async('string')).toContain(`… и ещё ${70 - 5} мероприятий`);
  });

  test('the menus pass the accessibility scan', async () => {
    const menu = page.getByTestId('compare-spheres').locator('.export-menu');
    await menu.locator('summary').click();
    await screenshots(page, 'compare-exports-menu');
    expect(await seriousViolations(page)).toEqual([]);
    await menu.locator('summary').click();
  });

  test('no console errors while exporting', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('the data route of comparison figures', () => {
  test.each([
    ['/api/export/compare-countries?a=2025-13', 'invalid_periods'],
    ['/api/export/compare-levels?aFrom=2025-Q4&aTo=2025-Q3', 'invalid_periods'],
    ['/api/export/compare-spheres?has=nope', 'invalid_filters'],
  ])('%s is refused with 400 and a message', async (route, error) => {
    const response = await fetch(url(route));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(10);
  });

  test('without periods it compares as the page does; with a range it names the range', async () => {
    const fallback = await fetch(url('/api/export/compare-countries?file=csv'));
    expect(fallback.headers.get('content-disposition')).toBe(`attachment; filename="compare-countries_${PERIODS}.csv"`);
    const range = await fetch(url('/api/export/compare-figures?aFrom=2025-Q3&aTo=2025-Q4&b=2025-Q4&file=csv'));
    expect(range.headers.get('content-disposition')).toBe('attachment; filename="compare-figures_2025-Q3_2025-Q4_vs_2025-Q4.csv"');
    expect((await range.text()).split('\r\n')[1]).toBe('Мероприятия;70;55;-15;-21');
  });

  test('the shared filters apply to both periods', async () => {
    const belarus = await fetch(url('/api/export/compare-figures?a=2025-Q3&b=2025-Q4&country=BY&file=csv'));
    expect((await belarus.text()).split('\r\n')[1]).toBe('Мероприятия;11;39;28;255');
  });
});
