/**
 * Largest contentful paint of a page in headless Chromium (Debian's, via playwright-core), each
 * run in a fresh browser context (empty cache), plus the JavaScript the page fetched in total,
 * lazily loaded chunks included, and whether Leaflet was among it.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { median } from './timing';

export interface LcpResult {
  route: string;
  lcpMs: number;
  runs: number;
  /** Compressed bytes of every script the page fetched, lazy chunks included. */
  scriptKb: number;
  loadsLeaflet: boolean;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OBSERVE_LCP = `window.__lcp = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__lcp = entry.startTime; })
  .observe({ type: 'largest-contentful-paint', buffered: true });`;
/** After `load`, charts render once hydrated; LCP entries stop arriving within this time. */
const SETTLE_MS = 1_500;
/** Set by Leaflet's own stamp(): found in the library, not in app code that only names its CSS classes. */
const LEAFLET_SIGNATURE = /_leaflet_id/;

export async function measureLcp(pages: { route: string; url: string }[], runs: number): Promise<LcpResult[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const results: LcpResult[] = [];
    for (const { route, url } of pages) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await loadOnce(browser, url));
      results.push({
        route,
        lcpMs: median(samples.map((s) => s.lcpMs)),
        runs,
        scriptKb: median(samples.map((s) => s.scriptBytes)) / 1024,
        loadsLeaflet: samples.some((s) => s.loadsLeaflet),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function loadOnce(browser: Browser, url: string): Promise<{ lcpMs: number; scriptBytes: number; loadsLeaflet: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LCP);
    const scripts = collectScripts(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(SETTLE_MS);
    const lcpMs = await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp);
    const fetched = await Promise.all(scripts);
    return { lcpMs, scriptBytes: fetched.reduce((n, s) => n + s.bytes, 0), loadsLeaflet: fetched.some((s) => s.leaflet) };
  } finally {
    await context.close();
  }
}

function collectScripts(page: Page): Promise<{ bytes: number; leaflet: boolean }>[] {
  const scripts: Promise<{ bytes: number; leaflet: boolean }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      Promise.all([response.request().sizes(), response.text()])
        .then(([sizes, text]) => ({ bytes: sizes.responseBodySize, leaflet: LEAFLET_SIGNATURE.test(text) }))
        .catch(() => ({ bytes: 0, leaflet: false })),
    );
  });
  return scripts;
}
