/**
 * /import as an admin uses it: preview before storing, cancel stores nothing, confirm stores, the
 * same file twice changes nothing, a changed report shows its differences field by field, delete
 * asks first, and every store and delete lands in the audit log.
 * Works on the test report for III quarter 2025 (6 events, 4 sections) and removes it at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN, deleteReportAsAdmin, loginInBrowser } from './auth';

import { launchBrowser, screenshots, url, seriousViolations, type Browser } from './fixtures';

const Q3 = path.resolve('tests/fixtures/reports/test-2025-Q3.txt');
let browser: Browser;
let page: Page;
let dir: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // The rejected uploads answer 422, which Chromium logs as a failed resource: expected here.
  page.on('console', (message) => message.type() === 'error' && !message.text().includes('status of 422') && consoleErrors.push(message.text()));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
});
afterAll(async () => {
  await deleteReportAsAdmin('2025-Q3');
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function choose(file: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
}

function storedPeriods(): Promise<string[]> {
  return page.locator('[data-testid="stored-reports"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-period') ?? ''));
}

const statusText = () => page.getByTestId('import-status').innerText();
const auditRows = () => page.locator('[data-testid="audit-log"] tbody tr').allInnerTexts();

describe('report import page', () => {
  test('an anonymous visitor is sent to the login page, then back to /import', async () => {
    await page.goto(url('/import'));
    expect(new URL(page.url()).pathname).toBe('/login');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/import');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Загрузка отчёта');
    await expect(page.getByRole('link', { name: 'Загрузка отчёта' }).count()).resolves.toBe(1);
    expect(await storedPeriods()).toEqual(['2025-Q4']);
  });

  test('the preview shows period, counts per sphere and warnings; cancel stores nothing', async () => {
    await choose(Q3);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading', { level: 2 }).innerText()).toBe('Предпросмотр: отчёт за III квартал 2025');
    expect(await page.getByTestId('preview-event-count').innerText()).toBe('6');
    // 1 header + 4 section rows + 6 events + 1 closing line, nothing skipped.
    expect(await page.getByTestId('preview-row-account').innerText()).toContain('Прочитано строк таблицы: 12 → 6 мероприятий, пропущено 0');
    const spheres = await page.locator('[data-testid="preview-spheres"] tbody tr').allInnerTexts();
    expect(spheres.map((row) => row.split('\t').at(-1))).toEqual(['2', '2', '1', '1']);
    expect(await page.getByTestId('preview-existing').innerText()).toContain('ещё нет');
    await screenshots(page, 'import-preview');
    await page.getByRole('button', { name: 'Отмена' }).click();
    expect(await statusText()).toContain('ничего не сохранено');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await storedPeriods()).toEqual(['2025-Q4']);
  });

  test('confirm stores the report; it is listed with who imported it and logged', async () => {
    await choose(Q3);
    await page.getByRole('button', { name: /Сохранить отчёт/ }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('сохранён'));
    expect(await statusText()).toBe('Отчёт за III квартал 2025 сохранён: 6 мероприятий.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-reports"] tbody tr').length === 2);
    const row = await page.locator('tr[data-period="2025-Q3"]').innerText();
    expect(row).toContain('test-2025-Q3.txt');
    expect(row).toContain(ADMIN.username);
    expect((await auditRows())[0]).toMatch(/e2e-admin\tзагрузка\t2025-Q3\ttest-2025-Q3\.txt\t6/);
  });

  test('the same file twice is recognised and changes nothing', async () => {
    const logged = (await auditRows()).length;
    await choose(Q3);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('preview-existing').innerText()).toBe('Этот файл уже загружен: сохранение ничего не изменит.');
    await page.getByRole('button', { name: /Сохранить отчёт/ }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('ничего не изменилось'));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await auditRows()).toHaveLength(logged);
  });

  test('a changed report shows the events added, removed and changed, field by field, then replaces', async () => {
    const changed = fs
      .readFileSync(Q3, 'utf8')
      .replace('Реверсная бизнес-миссия из Республики Казахстан', 'Реверсная бизнес-миссия из Казахстана')
      .replace('12 субъектов малого', '15 субъектов малого')
      .replace(/\t6\. \n\tКруглый стол по космическим технологиям[\s\S]*?Представители Республики Беларусь\n/, '');
    const file = path.join(dir, 'test-2025-Q3-v2.txt');
    fs.writeFileSync(file, changed);
    await choose(file);
    await page.getByTestId('preview-diff').waitFor();
    expect(await page.getByTestId('preview-existing').innerText()).toContain('будет заменён');
    expect(await page.getByTestId('diff-removed').innerText()).toBe('6. Круглый стол по космическим технологиям');
    const changes = await page.locator('[data-testid="diff-changed"] tbody tr').allInnerTexts();
    expect(changes.some((row) => row.includes('Наименование\tРеверсная бизнес-миссия из Республики Казахстан\tРеверсная бизнес-миссия из Казахстана'))).toBe(true);
    expect(changes.some((row) => row.includes('Субъекты МСП\t12\t15'))).toBe(true);
    await screenshots(page, 'import-diff');
    await page.getByRole('button', { name: /Сохранить отчёт/ }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('заменён'));
    expect(await statusText()).toBe('Отчёт за III квартал 2025 заменён: 5 мероприятий.');
  });

  test('a file that is not a report is rejected with a clear message, by drag and drop too', async () => {
    const png = path.join(dir, 'picture.txt');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await choose(png);
    await page.getByTestId('import-error').waitFor();
    expect(await page.getByTestId('import-error').innerText()).toContain('Это не отчёт');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['просто текст без таблицы'], 'notes.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
    await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')?.textContent?.includes('notes.txt: no events table found'));
    expect(await page.getByTestId('import-error').innerText()).toContain('Это не отчёт');
  });

  test('delete asks for confirmation, removes the report and is logged', async () => {
    await page.getByRole('button', { name: 'Удалить: III квартал 2025' }).click();
    expect(await page.locator('.confirm-delete').innerText()).toContain('Удалить отчёт за III квартал 2025 со всеми мероприятиями?');
    await page.getByRole('button', { name: 'Да, удалить' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-reports"] tbody tr').length === 1);
    expect(await storedPeriods()).toEqual(['2025-Q4']);
    const audit = await auditRows();
    expect(audit.slice(0, 3).map((row) => row.split('\t').slice(2, 4).join(' '))).toEqual(['удаление 2025-Q3', 'замена 2025-Q3', 'загрузка 2025-Q3']);
    await screenshots(page, 'import-page');
    expect(consoleErrors).toEqual([]);
  });

  test('the import and login pages have no serious accessibility violations', async () => {
    await page.goto(url('/import'), { waitUntil: 'networkidle' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(url('/login'), { waitUntil: 'networkidle' });
    await screenshots(page, 'login');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
