/**
 * Download helpers for the export spec: catch a browser download and keep the file under
 * artifacts/exports/, open a "Скачать" menu, and read an exported SVG or workbook back.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { url } from './fixtures';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

export async function download(page: Page, start: () => Promise<void>): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), start()]);
  const target = path.join(inject('artifactsDir'), 'exports', file.suggestedFilename());
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(target) };
}

/** Opens a "Скачать" menu (of a card by its test id, or the menu's own "export-<figure>") and chooses one item. */
export async function fromMenu(page: Page, testId: string, item: RegExp): Promise<Downloaded> {
  const menu = testId.startsWith('export-') ? page.getByTestId(testId) : page.getByTestId(testId).locator('.export-menu');
  if (!(await menu.locator('details').evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  // Pictures are made in the page (buttons); data files come from the route (links).
  return download(page, () => menu.getByRole('button', { name: item }).or(menu.getByRole('link', { name: item })).click());
}

export async function parseSvg(page: Page, svg: string): Promise<{ ok: boolean; texts: string[]; fills: string[]; rootSize: string }> {
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

/**
 * A picture's chart as it reads on a 1920×1080 screen: the SVG export drawn in the page at its
 * 1600×900 size, the widest chart inside it (a nested <svg>) and the smallest text of the charts,
 * each text's font size times the scale it is drawn at, times 1920/1600. 14 pt is 18.7 px.
 */
export async function chartSizes(page: Page, svg: string): Promise<{ chartWidth: number; smallest: { text: string; px: number } }> {
  return page.evaluate((source) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:0;top:0;width:1600px;height:900px;';
    holder.innerHTML = source;
    document.body.append(holder);
    const root = holder.querySelector('svg')!;
    const charts = [...root.querySelectorAll(':scope > svg, :scope > g > svg')] as SVGSVGElement[];
    let smallest = { text: '', px: Number.POSITIVE_INFINITY };
    for (const chart of charts) {
      for (const text of chart.querySelectorAll('text')) {
        if (!text.textContent?.trim()) continue;
        const px = (parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1) * 1920) / 1600;
        if (px < smallest.px) smallest = { text: text.textContent.trim(), px };
      }
    }
    // The chart's viewport (its width attribute): getBoundingClientRect would give the extent of what it draws.
    const chartWidth = Math.max(...charts.map((chart) => chart.width.baseVal.value));
    holder.remove();
    return { chartWidth, smallest };
  }, svg);
}

/** The data route refuses `route` with 400, the error code and a message a person can read. */
export async function expectRefused(route: string, error: string): Promise<void> {
  const response = await fetch(url(route));
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: string; message: string };
  expect(body.error).toBe(error);
  expect(body.message.length).toBeGreaterThan(10);
}

export async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}
