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
    for (const heading of ['Ключевые показатели', 'Краткие выводы', ...CHART_HEADINGS, 'География мероприятий', 'Основные мероприятия']) expect(xml, heading).toContain(heading);
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
    for (const heading of CHART_HEADINGS) {
      const page = pages.findIndex((items) => items.some((item) => item.text === heading));
      expect(page, heading).toBeGreaterThanOrEqual(0);
      const top = pages[page]!.find((item) => item.text === heading)!.y;
      // The axis title under the bars is on the heading's page, below it: the chart was not cut.
      expect(pages[page]!.some((item: PdfItem) => item.text === 'Мероприятия' && item.y < top), heading).toBe(true);
    }
    await page.close();
  });
});
