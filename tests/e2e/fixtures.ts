/**
 * Browser helpers for the e2e specs: one Chromium per spec file (Debian's /usr/bin/chromium driven
 * by playwright-core), console errors collected per page, screenshots kept under artifacts/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const VIEWPORTS = { laptop: { width: 1366, height: 768 }, projector: { width: 1920, height: 1080 } } as const;

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: VIEWPORTS.laptop,
    locale: 'ru-RU',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium for the spec file or describe block that calls this, launched before its tests and
 * closed after them.
 */
export function useBrowser(): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get context() {
      if (!launched) throw new Error('the browser is launched in beforeAll');
      return launched.context;
    },
    close: async () => launched?.close(),
  };
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
}

/** Opens `route` of the app under test and waits until the network is idle. */
export async function openPage(browser: Browser, route: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(url(route), { waitUntil: 'networkidle' });
  return { page, consoleErrors };
}

/**
 * One page of the app, opened once for the tests of the describe block that calls this (in its own
 * Chromium) and handed to `ready`, which keeps it and waits for what the tests need. After each
 * test, the console errors logged while it ran must be none (the first test also answers for the
 * page load), so a test run alone still checks them.
 */
export function useSharedPage(route: string, ready: (page: Page) => Promise<void>): void {
  let browser: Browser | undefined;
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser, route);
    await ready(opened.page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    expect(opened?.consoleErrors.splice(0)).toEqual([]);
  });
}

export function url(route: string): string {
  return `${inject('baseUrl')}${route}`;
}

/** Screenshots at the laptop and projector sizes, kept as test artefacts (not committed). */
export async function screenshots(page: Page, name: string): Promise<void> {
  const dir = path.join(inject('artifactsDir'), 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.laptop);
}

/** Text of an element with data-testid, whitespace collapsed. */
export async function testIdText(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

export interface Violation {
  id: string;
  impact: string | null;
  nodes: number;
}

/** axe-core violations of impact serious or critical on the current page. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
