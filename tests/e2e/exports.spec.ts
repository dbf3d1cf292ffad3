import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { waitForCharts } from './chart-pages';
import { chartSizes, download, expectRefused, fromMenu, parseSvg, readSheet } from './downloads';
import { openPage, screenshots, seriousViolations, url, useBrowser, useSharedPage } from './fixtures';
import { decodePng, hasColor, inkShare, isPng, pngSize } from './png';

// Read off the report (tests/fixtures/expected/2025-Q4.ts): rows naming each country, rows per sphere.
const rowsWith = (code: string) => expectedEvents.filter((event) => event.countries.includes(code)).length;
const rowsIn = (sphere: string) => expectedEvents.filter((event) => event.sphere === sphere).length;
const CULTURE = expectedReport.spheres[7]!;
const BELARUS_COLOR: [number, number, number] = [0xd5, 0x5e, 0x00]; // regionColor('belarus'), the map's markers
const BAR_COLOR: [number, number, number] = [0x00, 0x72, 0xb2]; // bars named by their labels: one colour
const SLIDE_PNG = { width: 3200, height: 1800 };
// Read off the report: the SME counts of its ten rows with SME participants (rows 1–10).
const ECONOMY_SME = [4, 3, 4, 4, 3, 38, 28, 29, 3, 71];

/** The cells' text of each row of the tables on a slide (pptx XML). */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((row) =>
    [...row[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((cell) => [...cell[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((text) => text[1]).join('')),
  );
}

describe('exports from the overview', () => {
  let page: Page;
  // The report view: all 70 rows of the Q4 report as it states them (the overview itself opens on quarter IV, 55 events).
  useSharedPage('/?report=2025-Q4', async (opened) => {
    page = opened;
    await waitForCharts(page);
    await page.locator('.events-map .leaflet-container').waitFor();
  });

  test('a chart as PNG: a 16:9 slide at twice 1600×900, with the chart drawn in its bar colours', async () => {
    const file = await fromMenu(page, 'chart-countries', /PNG/);
    expect(file.name).toBe('countries-top_2025-Q4.png');
    expect(isPng(file.bytes)).toBe(true);
    expect(pngSize(file.bytes)).toEqual(SLIDE_PNG);
    const png = decodePng(file.bytes);
    expect(png.rgb(4, 4)).toEqual([255, 255, 255]);
    expect(inkShare(png, { x: 64, y: 48, w: 900, h: 50 })).toBeGreaterThan(0.02); // the title
    expect(inkShare(png, { x: 200, y: 200, w: 1200, h: 550 })).toBeGreaterThan(0.05); // the bars
    expect(hasColor(png, BAR_COLOR)).toBe(true);
  });

  test('the map as PNG: basemap, markers and legend without a tile server', async () => {
    const file = await fromMenu(page, 'overview-map', /PNG/);
    expect(file.name).toBe('map_2025-Q4.png');
    expect(pngSize(file.bytes)).toEqual(SLIDE_PNG);
    const png = decodePng(file.bytes);
    expect(hasColor(png, [0xdf, 0xea, 0xf3])).toBe(true); // sea
    expect(hasColor(png, [0xf7, 0xf8, 0xf9])).toBe(true); // land of the offline basemap
    expect(hasColor(png, BELARUS_COLOR)).toBe(true); // the legend's Belarus swatch
    // The map is drawn at the slide's proportions: it reaches the frame's margins (64 px of 1600 on
    // each side), not only the middle 70 % of the slide its page column's shape gave it.
    const mapAt = (x: number) => Array.from({ length: 40 }, (_, i) => png.rgb(x, 400 + i * 20)).some(([r, g, b]) => (r === 0xdf && g === 0xea && b === 0xf3) || (r === 0xf7 && g === 0xf8 && b === 0xf9));
    expect([mapAt(2 * 72), mapAt(SLIDE_PNG.width - 2 * 72)]).toEqual([true, true]);
    expect([mapAt(2 * 56), mapAt(SLIDE_PNG.width - 2 * 56)]).toEqual([false, false]);
  });

  test('a chart as SVG: plain SVG with the title, ten spheres and "Прочие (4)" in one colour (the labels name them), across the slide, no text under 14 pt at 1920×1080', async () => {
    const file = await fromMenu(page, 'chart-spheres', /SVG/);
    expect(file.name).toBe('spheres_2025-Q4.svg');
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.ok).toBe(true);
    expect(svg.rootSize).toBe('1600×900');
    expect(svg.texts).toContain('Мероприятия по сферам сотрудничества');
    expect(svg.texts.some((text) => text.startsWith('Источник: отчёт о мероприятиях в международной сфере, IV квартал 2025 г.'))).toBe(true);
    expect(svg.fills).toContain('#0072B2');
    // The report's 14 spheres: the first ten and "Прочие (4)", the grey of "прочие".
    expect(expectedReport.sphereCount).toBe(14);
    expect(file.bytes.toString('utf8').match(/class="recharts-rectangle"/g)).toHaveLength(11);
    expect(svg.texts).toContain('Прочие (4)');
    expect(svg.fills).toContain('#BBBBBB');
    // A long label wraps onto two lines (two <tspan>s of one label) rather than being cut.
    expect(file.bytes.toString('utf8')).toMatch(/>Промышленность и<\/tspan><tspan[^>]*>торговля<\/tspan>/);
    // The chart spans the frame's width (1472 of 1600 px inside the margins), its smallest text is 14 pt or more.
    const sizes = await chartSizes(page, file.bytes.toString('utf8'));
    expect(sizes.chartWidth).toBeGreaterThan(1400);
    expect(sizes.smallest.px, sizes.smallest.text).toBeGreaterThanOrEqual(18.6);
  });

  test('the map as SVG keeps markers and country shapes', async () => {
    const file = await fromMenu(page, 'overview-map', /SVG/);
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.ok).toBe(true);
    expect(svg.fills).toContain('#D55E00');
    expect(svg.fills.filter((fill) => fill === '#f7f8f9').length).toBeGreaterThan(100);
  });

  test('chart data as XLSX: the bars of the chart, read off the report', async () => {
    const file = await fromMenu(page, 'chart-countries', /XLSX/);
    expect(file.name).toBe('countries-top_2025-Q4.xlsx');
    const sheet = await readSheet(file.bytes);
    expect(sheet.getCell('A1').value).toBe('Страны-партнёры: 10 основных');
    expect(sheet.getRow(4).font?.bold ?? sheet.getCell('A4').font?.bold).toBe(true);
    const rows = [5, 6, 7].map((n) => [sheet.getCell(n, 1).value, sheet.getCell(n, 3).value]);
    expect(rows).toEqual([['Беларусь', rowsWith('BY')], ['Узбекистан', rowsWith('UZ')], ['КНР', rowsWith('CN')]]);
    // The chart: the first ten countries and "Прочие (7)" (the report names 17); the file: all 17, each with its bar.
    const labels = await page.getByTestId('chart-countries').locator('.recharts-yAxis-tick-labels text').allTextContents();
    const names = Array.from({ length: 10 }, (_, i) => sheet.getCell(5 + i, 1).value);
    expect(labels).toEqual([...names, 'Прочие (7)']);
    const bars = Array.from({ length: 17 }, (_, i) => sheet.getCell(5 + i, 4).value);
    expect(bars).toEqual([...names, ...Array(7).fill('Прочие (7)')]);
    expect(sheet.getCell(5 + 17, 1).value).toBeNull();
    expect(await page.getByTestId('chart-countries').locator('.chart-note').textContent()).toContain('Показаны 10 крупнейших из 17');
  });

  test('chart data as CSV: BOM, ";" and one line per sphere', async () => {
    const file = await fromMenu(page, 'chart-spheres', /CSV/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFСфера;')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + expectedReport.sphereCount);
    expect(lines[1]).toBe(`Культура и туризм;${CULTURE};${rowsIn(CULTURE)};Культура и туризм`);
    // 14 spheres: ten bars and "Прочие (4)"; the file lists all of them.
    expect(lines.slice(11).map((line) => line.split(';').at(-1))).toEqual(Array(4).fill('Прочие (4)'));
  });

  test('the page as PowerPoint: title, key-figure tiles, five figure slides with their pictures, the main events over two slides; nothing under 14 pt', async () => {
    const button = page.getByTestId('export-pptx');
    await button.click();
    const file = await download(page, async () => {
      await page.getByTestId('export-pptx-confirm').click();
      expect(await button.getAttribute('aria-busy')).toBe('true');
      expect(await button.isDisabled()).toBe(true);
      expect(await button.textContent()).toBe('Готовим файл…');
    });
    expect(file.name).toBe('overview_2025-Q4.pptx');
    const zip = await JSZip.loadAsync(file.bytes);
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(9);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(media).toHaveLength(5);
    for (const name of media) expect(pngSize(await zip.file(name)!.async('nodebuffer'))).toEqual(SLIDE_PNG);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('IV квартал 2025 г.');
    // The summary is the speaker's: in the notes of the title slide, not on it.
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).not.toContain('указано 70 мероприятий');
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('В отчёте за IV квартал 2025 года указано 70 мероприятий');
    const tiles = await zip.file('ppt/slides/slide2.xml')!.async('string');
    for (const text of ['Ключевые показатели', '<a:t>70</a:t>', '<a:t>187</a:t>', 'Участия субъектов МСП']) expect(tiles).toContain(text);
    // The main events, not the earliest: the ten rows with SME participants (rows 1–10 of the report,
    // the economic sphere: 4, 3, 4, 4, 3, 38, 28, 29, 3 and 71 SMEs), five a slide, by date.
    const [first, second] = await Promise.all(['ppt/slides/slide8.xml', 'ppt/slides/slide9.xml'].map((name) => zip.file(name)!.async('string')));
    expect(first).toContain('Основные мероприятия (1/2)');
    expect(second).toContain('Основные мероприятия (2/2)');
    const sme = [...tableRows(first!), ...tableRows(second!)].map((cells) => cells.at(-1));
    expect(sme).toHaveLength(1 + 5 + 1 + 5);
    expect(sme.filter((cell) => cell !== 'МСП').map(Number).sort((a, b) => a - b)).toEqual([...ECONOMY_SME].sort((a, b) => a - b));
    expect(tableRows(first!).every((cells) => cells.length === 5)).toBe(true);
    // The last slide says what they are and links to all 70.
    expect(second).toContain('Мероприятия с наибольшим участием субъектов МСП: 10 из 70');
    expect(second).toMatch(/<a:hlinkClick r:id="rId\d+"/);
    const rels = await zip.file('ppt/slides/_rels/slide9.xml.rels')!.async('string');
    expect(rels).toMatch(/Target="http:\/\/[\w.]+:\d+\/events\?report=2025-Q4"/);
    expect(first).not.toContain('… и ещё');
    for (const name of slides) {
      const sizes = [...(await zip.file(name)!.async('string')).matchAll(/ sz="(\d+)"/g)].map((match) => Number(match[1]));
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(1400);
    }
    expect(await button.getAttribute('aria-busy')).toBe('false');
  });

  test('the deck dialog chooses the slides and 4:3: without the events table and one chart, on a 10 × 7.5 in slide', async () => {
    await page.getByTestId('export-pptx').click();
    const dialog = page.getByRole('dialog', { name: 'Презентация PowerPoint' });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Мероприятия (таблица)').uncheck();
    await dialog.getByLabel('Страны-партнёры: 10 основных').uncheck();
    await dialog.getByLabel('4:3 (старый проектор)').check();
    const file = await download(page, () => dialog.getByTestId('export-pptx-confirm').click());
    const zip = await JSZip.loadAsync(file.bytes);
    // Title, key figures and four of the five figures.
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(6);
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toMatch(/<p:sldSz cx="9144000" cy="6858000"/);
  });

  test('a menu opens from the keyboard and passes the accessibility scan', async () => {
    const menu = page.getByTestId('chart-trend').locator('.export-menu');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await menu.locator('details').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Данные XLSX (Excel)', 'Данные CSV']);
    await screenshots(page, 'exports-menu');
    expect(await seriousViolations(page)).toEqual([]);
    await menu.locator('summary').click();
  });
});

describe('exports from the other pages', () => {
  const browser = useBrowser();

  test('a chart of a range of quarters names the range in its file and subtitle', async () => {
    const { page, consoleErrors } = await openPage(browser, '/spheres?from=2025-Q3&to=2025-Q4');
    await waitForCharts(page);
    const file = await fromMenu(page, 'chart-spheres', /SVG/);
    expect(file.name).toBe('spheres_2025-Q3_2025-Q4.svg');
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    // Quarter III has no report of its own (only September rows of the Q4 report): the subtitle says so.
    expect(svg.texts.join(' ')).toContain('Период: III–IV кв. 2025 (внимание: нет отчёта за III кв. 2025) · Фильтры: не выбраны');
    expect(consoleErrors).toEqual([]);
  });

  test('the large map with a country filter: its filter in the subtitle, no layer checkboxes', async () => {
    const { page } = await openPage(browser, '/map?country=BY');
    await page.locator('.events-map .leaflet-container').waitFor();
    const svg = await parseSvg(page, (await fromMenu(page, 'export-map', /SVG/)).bytes.toString('utf8'));
    expect(svg.texts.some((text) => text.includes('Фильтры: Страна: Беларусь'))).toBe(true);
    expect(svg.texts).not.toContain('Слои карты');
    const png = await fromMenu(page, 'export-map', /PNG/);
    expect(pngSize(png.bytes)).toEqual(SLIDE_PNG);
  });

  test('the countries table as XLSX has every column of the table', async () => {
    const { page } = await openPage(browser, '/countries');
    const sheet = await readSheet((await fromMenu(page, 'countries-table-card', /XLSX/)).bytes);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Страна', 'Регион мира', 'Мероприятия', 'В т. ч. в этой стране', 'Участия МСП']);
    expect([sheet.getCell('A5').value, sheet.getCell('C5').value]).toEqual(['Беларусь', rowsWith('BY')]);
  });

  test('the events list as CSV keeps the filters of the page', async () => {
    const { page } = await openPage(browser, '/events?sphere=economy');
    const file = await fromMenu(page, 'export-events', /CSV/);
    expect(file.name).toBe('events_2025-Q4.csv');
    // Rows 1–10 of the report are in the economic sphere; their SME counts sum to 187.
    const lines = file.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 10);
    const sme = lines.slice(1).map((line) => Number(line.split(';')[9]));
    expect(sme.reduce((sum, n) => sum + n, 0)).toBe(187);
  });
});

describe('the data route', () => {
  test.each([
    ['/api/export/nope', 'unknown_figure'],
    ['/api/export/countries?file=pdf', 'unknown_format'],
    ['/api/export/countries?from=2025-13', 'invalid_filters'],
    ['/api/export/deck-events?from=2025-13', 'invalid_filters'],
  ])('%s is refused with 400 and a message', (route, error) => expectRefused(route, error));

  test('the deck\'s events slides are fetched when a deck is built: the main events of the filters', async () => {
    const response = await fetch(url('/api/export/deck-events?report=2025-Q4&sphere=economy'));
    expect(response.status).toBe(200);
    const table = (await response.json()) as { rows: string[][]; note: string; href: string };
    // The economic sphere's ten rows with SME participants, by date; the SME column last.
    expect(table.rows.map((row) => Number(row.at(-1)))).toHaveLength(10);
    expect(table.rows.map((row) => Number(row.at(-1))).sort((a, b) => a - b)).toEqual([...ECONOMY_SME].sort((a, b) => a - b));
    expect(table.href).toBe('/events?report=2025-Q4&sphere=economy');
  });

  test('files name their period, and the filters shape the rows', async () => {
    const range = await fetch(url('/api/export/spheres?from=2025-Q3&to=2025-Q4&file=csv'));
    expect(range.headers.get('content-disposition')).toBe('attachment; filename="spheres_2025-Q3_2025-Q4.csv"');
    // 15 rows of the report are dated in September (quarter 2025-Q3).
    const september = await fetch(url('/api/export/events?from=2025-Q3&to=2025-Q3&file=csv'));
    expect(september.headers.get('content-disposition')).toBe('attachment; filename="events_2025-Q3.csv"');
    expect((await september.text()).trimEnd().split('\r\n')).toHaveLength(1 + 15);
  });

  test('"format" stays a filter (the events\' format) beside the file type', async () => {
    const economy = await fetch(url('/api/export/events?sphere=economy&format=in_person,remote,hybrid&file=csv'));
    expect(economy.status).toBe(200);
    // Rows 1–10 of the report are in the economic sphere.
    expect((await economy.text()).trimEnd().split('\r\n')).toHaveLength(1 + 10);
  });
});
