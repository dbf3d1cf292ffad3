/**
 * Fuzzing the read edge (bytes → ParsedReport): random and mutated text and .docx reports must end
 * in a parsed report or a clean ImportError (a named problem with the file) — never another
 * exception, a hang or unbounded memory. Seeded, so a failing case can be replayed.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { ImportError, parseReportBytes } from '@/lib/import/import-report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';

const SEEDS = [
  'tests/fixtures/reports/drift/two-tables-2026-Q1.txt',
  'tests/fixtures/reports/drift/legacy-five-columns-2024-Q2.txt',
  'tests/fixtures/reports/test-2025-Q3.txt',
];
const NOISE = ['\t', '\n', '\n\n', ' ', '1. ', 'I. ', '№', 'г. ', '–', '\u00ad', '\u0000', '\uFFFD', 'квартал', '2025', '<w:p>', '</w:tc>', '&amp;', '<', '>', '"'];

export interface FuzzStats {
  cases: number;
  parsed: number;
  refused: Record<string, number>;
  failures: { seed: number; kind: string; error: string }[];
  elapsedMs: number;
  peakRssDeltaMb: number;
}

export async function runParserFuzz(options: { cases: number; seed: number; budgetMs: number }): Promise<FuzzStats> {
  const random = mulberry32(options.seed);
  const texts = SEEDS.map((file) => fs.readFileSync(file, 'utf8'));
  const docxXml = await Promise.all(texts.slice(0, 2).map(async (text) => documentXmlOf(await buildReportDocx(readTextTable(text)))));
  const stats: FuzzStats = { cases: 0, parsed: 0, refused: {}, failures: [], elapsedMs: 0, peakRssDeltaMb: 0 };
  const start = Date.now();
  const baseRss = process.memoryUsage().rss;
  for (let i = 0; i < options.cases && Date.now() - start < options.budgetMs; i += 1) {
    const kind = pick(random, ['text', 'text', 'bytes', 'docx-xml', 'docx-bytes']);
    const bytes = await caseBytes(kind, random, texts, docxXml);
    await check(bytes, kind, i, stats);
    if (i % 100 === 0) stats.peakRssDeltaMb = Math.max(stats.peakRssDeltaMb, (process.memoryUsage().rss - baseRss) / 2 ** 20);
  }
  stats.elapsedMs = Date.now() - start;
  return stats;
}

async function check(bytes: Uint8Array, kind: string, i: number, stats: FuzzStats): Promise<void> {
  stats.cases += 1;
  try {
    await parseReportBytes(bytes, `fuzz-${i}`);
    stats.parsed += 1;
  } catch (error) {
    if (error instanceof ImportError && error.message.startsWith(`fuzz-${i}: `)) stats.refused[error.code] = (stats.refused[error.code] ?? 0) + 1;
    else stats.failures.push({ seed: i, kind, error: String((error as Error)?.stack ?? error).slice(0, 500) });
  }
}

async function caseBytes(kind: string, random: () => number, texts: string[], docxXml: { zip: JSZip; xml: string }[]): Promise<Uint8Array> {
  if (kind === 'text') return Buffer.from(mutateText(pick(random, texts), random));
  if (kind === 'bytes') return randomBytes(random, Math.floor(random() * 4000));
  const source = pick(random, docxXml);
  if (kind === 'docx-xml') {
    source.zip.file('word/document.xml', mutateText(source.xml, random));
    return source.zip.generateAsync({ type: 'uint8array' });
  }
  source.zip.file('word/document.xml', source.xml);
  const bytes = await source.zip.generateAsync({ type: 'uint8array' });
  for (let k = 0; k < 1 + random() * 8; k += 1) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
  return bytes;
}

/** Deletes, duplicates, swaps and inserts pieces of the text, a few times over. */
function mutateText(text: string, random: () => number): string {
  let out = text;
  const rounds = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rounds; r += 1) {
    const a = Math.floor(random() * out.length);
    const b = Math.min(out.length, a + Math.floor(random() * 400));
    const op = Math.floor(random() * 5);
    if (op === 0) out = out.slice(0, a) + out.slice(b);
    else if (op === 1) out = out.slice(0, b) + out.slice(a, b) + out.slice(b);
    else if (op === 2) out = out.slice(0, a) + pick(random, NOISE) + out.slice(a);
    else if (op === 3) out = out.slice(0, a) + out.slice(b) + out.slice(a, b);
    else out = out.slice(0, a);
  }
  return out;
}

async function documentXmlOf(docx: Buffer): Promise<{ zip: JSZip; xml: string }> {
  const zip = await JSZip.loadAsync(docx);
  return { zip, xml: (await zip.file('word/document.xml')?.async('string')) ?? '' };
}

function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(random() * 256);
  if (random() < 0.3 && length > 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
  return bytes;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A small seeded PRNG (public-domain mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
