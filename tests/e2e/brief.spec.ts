import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { download } from './downloads';
import { openPage, screenshots, seriousViolations, useBrowser } from './fixtures';
import { readPdfPages, type PdfItem } from './pdf-text';
import { isPng, pngSize } from './png';

const browser = useBrowser();

const CHART_HEADINGS = ['Страны-партнёры: 10 основных по числу мероприятий', 'Мероприятия по сферам сотрудничества'];

async function openBrief() {
  const opened = await openPage(browser, '/');
  await opened.page.getByRole('link', { name: 'Справка для печати и Word' }).click();
  await opened.page.waitForURL((current) => current.pathname === '/brief');
  await opened.page.waitForLoadState('networkidle');
  await opened.page.locator('.brief-figure svg.recharts-surface').nth(1).waitFor();
  await opened.page.locator('[data-testid="brief-figure-map"] .leaflet-container').waitFor();
  return opened;
}

describe('the справка', () => {
  test('the overview links to it; it shows the period, the key figures, the summary, charts, map and the main events', async () => {
    const { page, consoleErrors } = await openBrief();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Справка о международной деятельности Смоленской области');
    for (const name of ['Ключевые показатели', 'Краткие выводы', ...CHART_HEADINGS, 'География мероприятий', 'Основные мероприятия']) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    expect(await page.getByText('IV квартал 2025 г.').first().isVisible()).toBe(true);
    expect(await page.locator('.brief-events tbody tr').count()).toBe(10);
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'brief');
    await page.close();
  });

  test('the Word download is a valid package: title and headings as Word styles, two tables, three chart pictures at print resolution', async () => {
    const { page } = await openBrief();
    const file = await download(page, () => page.getByRole('button', { name: 'Скачать в Word (.docx)' }).click());
    expect(file.name).toMatch(/^spravka-.+\.docx$/);
    const zip = await JSZip.loadAsync(file.bytes);
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:pStyle w:val="Title"');
    // Each heading is a Word heading (its paragraph has the Heading1 style), so Word's navigation pane lists it.
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    for (const heading of ['Ключевые показатели', 'Краткие выводы', ...CHART_HEADINGS, 'География мероприятий', 'Основные мероприятия']) {
      const paragraph = paragraphs.find((p) => p.replace(/<[^>]+>/g, '') === heading);
      expect(paragraph, heading).toBeDefined();
      expect(paragraph, heading).toContain('<w:pStyle w:val="Heading1"/>');
    }
    // The main events table: a header row and the ten events with SME participants.
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.at(-1)?.match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 10);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(2);
    expect(xml).toContain('Реверсная бизнес-миссия из Республики Беларусь');
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const name of media) {
      const bytes = Buffer.from(await zip.file(name)!.async('uint8array'));
      expect(isPng(bytes)).toBe(true);
      expect(pngSize(bytes).width).toBeGreaterThanOrEqual(1500);
    }
    await page.close();
  });

  test('printed by Chromium to A4: the headings, no controls, and every chart whole on one page', async () => {
    const { page } = await openBrief();
    const pages = await readPdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    const text = pages.flat().map((item) => item.text).join(' ');
    for (const heading of ['Справка о международной деятельности Смоленской области', 'Ключевые показатели', 'Основные мероприятия']) expect(text).toContain(heading);
    for (const control of ['Скачать', 'Печать', 'Вернуться к обзору', 'Сбросить фильтры', 'Обзор Карта']) expect(text).not.toContain(control);
    // Paper has no downloads: the note under a cut chart says what was cut and nothing about XLSX.
    expect(text).toMatch(/сумма\s+остальных/);
    expect(text).not.toContain('XLSX');
    for (const heading of CHART_HEADINGS) {
      const page = pages.findIndex((items) => items.some((item) => item.text === heading));
      expect(page, heading).toBeGreaterThanOrEqual(0);
      const top = pages[page]!.find((item) => item.text === heading)!.y;
      // The axis title under the bars is on the heading's page, below it: the chart was not cut.
      expect(pages[page]!.some((item: PdfItem) => item.text === 'Мероприятия' && item.y < top), heading).toBe(true);
    }
    await page.close();
  });

  test('printed on A4, no events row is cut by a page break, wherever the table falls: each row\'s cells are whole on one page, in order', async () => {
    const { page } = await openBrief();
    const rows = await page.locator('.brief-events tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toHaveLength(10);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const spans = new Set<number>();
    // Longer content above the table (a longer summary, more figures) moves it down: a spacer of 0–300 px
    // puts the page break at every height of its rows.
    for (let spacer = 0; spacer <= 300; spacer += 20) {
      await page.evaluate((height) => {
        let block = document.getElementById('test-spacer');
        if (!block) {
          block = document.createElement('div');
          block.id = 'test-spacer';
          document.getElementById('brief-events')?.before(block);
        }
        block.style.height = `${height}px`;
      }, spacer);
      const pages = (await readPdfPages(await page.pdf({ printBackground: true, preferCSSPageSize: true }))).map((items) => squeeze(items.map((item) => item.text).join('')));
      const pageOf = rows.map((cells) => pages.findIndex((text) => text.includes(squeeze(cells.join('')))));
      // -1: a row whose cells are not together on any one page, i.e. cut by a page break.
      expect(pageOf.every((n) => n >= 0), JSON.stringify({ spacer, pageOf })).toBe(true);
      spans.add(new Set(pageOf).size);
    }
    // The table did cross a page boundary, so rows met a page break and moved whole.
    expect(Math.max(...spans)).toBeGreaterThan(1);
    await page.close();
  });
});
