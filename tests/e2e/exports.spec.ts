import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { waitForCharts } from './chart-pages';
import { launchBrowser, openPage, url, type Browser } from './fixtures';
import { decodePng, isPng, pngSize } from './png';

// Read off the report (tests/fixtures/expected/2025-Q4.ts): rows naming each country, rows per sphere.
const rowsWith = (code: string) => expectedEvents.filter((event) => event.countries.includes(code)).length;
const rowsIn = (sphere: string) => expectedEvents.filter((event) => event.sphere === sphere).length;
const CULTURE = expectedReport.spheres[7]!;
const BELARUS_COLOR: [number, number, number] = [0xc0, 0x39, 0x2b]; // regionColor('belarus')
const CULTURE_COLOR = '#17becf'; // sphereColor(7)
const SLIDE_PNG = { width: 3200, height: 1800 };

interface Downloaded {
  name: string;
  bytes: Buffer;
}

async function download(page: Page, start: () => Promise<void>): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), start()]);
  const target = path.join(inject('artifactsDir'), 'exports', file.suggestedFilename());
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(target) };
}

/** Opens a card's "Скачать" menu and chooses one item. */
async function fromMenu(page: Page, card: string, item: RegExp): Promise<Downloaded> {
  const menu = page.getByTestId(card).locator('.export-menu');
  await menu.locator('summary').click();
  return download(page, () => menu.getByRole(item.source.includes('XLSX') || item.source.includes('CSV') ? 'link' : 'button', { name: item }).click());
}

/** Share of pixels in the box (slide CSS px) that differ from white. */
function inkShare(png: ReturnType<typeof decodePng>, box: { x: number; y: number; w: number; h: number }): number {
  let ink = 0;
  let all = 0;
  for (let y = box.y * 2; y < (box.y + box.h) * 2; y += 4) {
    for (let x = box.x * 2; x < (box.x + box.w) * 2; x += 4) {
      all++;
      if (png.rgb(x, y).some((channel) => channel < 240)) ink++;
    }
  }
  return ink / all;
}

function hasColor(png: ReturnType<typeof decodePng>, color: [number, number, number]): boolean {
  for (let y = 0; y < png.height; y += 2) for (let x = 0; x < png.width; x += 2) if (png.rgb(x, y).every((c, i) => Math.abs(c - color[i]!) <= 2)) return true;
  return false;
}

async function parseSvg(page: Page, svg: string): Promise<{ ok: boolean; texts: string[]; fills: string[]; rootSize: string }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: root.nodeName === 'svg' && doc.getElementsByTagName('parsererror').length === 0 && doc.getElementsByTagName('foreignObject').length === 0,
      texts: [...doc.getElementsByTagName('text')].map((text) => text.textContent ?? ''),
      fills: [...doc.querySelectorAll('path, rect, circle')].map((shape) => shape.getAttribute('fill') ?? ''),
      rootSize: `${root.getAttribute('width')}×${root.getAttribute('height')}`,
    };
  }, svg);
}

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('exports from the overview', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, '/'));
    await waitForCharts(page);
    await page.locator('.events-map .leaflet-container').waitFor();
  });
  afterAll(async () => {
    await browser.close();
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
    expect(hasColor(png, BELARUS_COLOR)).toBe(true);
  });

  test('the map as PNG: basemap, markers and legend without a tile server', async () => {
    const file = await fromMenu(page, 'overview-map', /PNG/);
    expect(file.name).toBe('map_2025-Q4.png');
    expect(pngSize(file.bytes)).toEqual(SLIDE_PNG);
    const png = decodePng(file.bytes);
    expect(hasColor(png, [0xdf, 0xea, 0xf3])).toBe(true); // sea
    expect(hasColor(png, [0xf7, 0xf8, 0xf9])).toBe(true); // land of the offline basemap
    expect(hasColor(png, BELARUS_COLOR)).toBe(true); // the legend's Belarus swatch
  });

  test('a chart as SVG: plain SVG with the title and one bar per sphere in the sphere colours', async () => {
    const file = await fromMenu(page, 'chart-spheres', /SVG/);
    expect(file.name).toBe('spheres_2025-Q4.svg');
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.ok).toBe(true);
    expect(svg.rootSize).toBe('1600×900');
    expect(svg.texts).toContain('Мероприятия по сферам сотрудничества');
    expect(svg.texts.some((text) => text.startsWith('Источник: отчёт о мероприятиях в международной сфере, IV квартал 2025 г.'))).toBe(true);
    expect(svg.fills).toContain(CULTURE_COLOR);
    expect(file.bytes.toString('utf8').match(/class="recharts-rectangle"/g)).toHaveLength(expectedReport.sphereCount);
  });

  test('the map as SVG keeps markers and country shapes', async () => {
    const file = await fromMenu(page, 'overview-map', /SVG/);
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.ok).toBe(true);
    expect(svg.fills).toContain('#c0392b');
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
    const labels = await page.getByTestId('chart-countries').locator('.recharts-yAxis-tick-labels text').allTextContents();
    const names = Array.from({ length: labels.length }, (_, i) => sheet.getCell(5 + i, 1).value);
    expect(names).toEqual(labels);
  });

  test('chart data as CSV: BOM, ";" and one line per sphere', async () => {
    const file = await fromMenu(page, 'chart-spheres', /CSV/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFСфера;')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + expectedReport.sphereCount);
    expect(lines[1]).toBe(`Культура и туризм;${CULTURE};${rowsIn(CULTURE)}`);
  });

  test('the page as PowerPoint: title, five figure slides with their pictures, the events table', async () => {
    const button = page.getByTestId('export-pptx');
    const file = await download(page, async () => {
      await button.click();
      expect(await button.getAttribute('aria-busy')).toBe('true');
      expect(await button.isDisabled()).toBe(true);
      expect(await button.textContent()).toBe('Готовим файл…');
    });
    expect(file.name).toBe('overview_2025-Q4.pptx');
    const zip = await JSZip.loadAsync(file.bytes);
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(7);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(media).toHaveLength(5);
    for (const name of media) expect(pngSize(await zip.file(name)!.async('nodebuffer'))).toEqual(SLIDE_PNG);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('IV квартал 2025 г.');
    expect(await zip.file('ppt/slides/slide7.xml')!.async('string')).toContain(`… и ещё ${70 - 15} мероприятий`);
    expect(await button.getAttribute('aria-busy')).toBe('false');
  });

  test('no console errors while exporting', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('the data route', () => {
  test.each([
    ['/api/export/nope', 'unknown_figure'],
    ['/api/export/countries?format=pdf', 'unknown_format'],
    ['/api/export/countries?from=2025-13', 'invalid_filters'],
  ])('%s is refused with 400 and a message', async (route, error) => {
    const response = await fetch(url(route));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(10);
  });

  test('files name their period, and the filters shape the rows', async () => {
    const range = await fetch(url('/api/export/spheres?from=2025-Q3&to=2025-Q4&format=csv'));
    expect(range.headers.get('content-disposition')).toBe('attachment; filename="spheres_2025-Q3_2025-Q4.csv"');
    // 15 rows of the report are dated in September (quarter 2025-Q3).
    const september = await fetch(url('/api/export/events?from=2025-Q3&to=2025-Q3&format=csv'));
    expect(september.headers.get('content-disposition')).toBe('attachment; filename="events_2025-Q3.csv"');
    expect((await september.text()).trimEnd().split('\r\n')).toHaveLength(1 + 15);
  });
});
