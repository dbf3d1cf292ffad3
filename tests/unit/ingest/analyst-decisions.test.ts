/**
 * The parser follows the analysts' decisions it is given as data: place aliases (places.ts) and
 * section mappings (spheres.ts). Without them it behaves as before.
 */
import { describe, expect, test } from 'vitest';
import { parsePlaceCell, placeTextKey, unresolvedPlaceText } from '@/lib/ingest/places';
import { resolveSphere, sphereHeaderKey } from '@/lib/ingest/spheres';

const ALIAS = { name: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1 };
const ALIASES = new Map([[placeTextKey('Верхнеполянск'), ALIAS]]);

describe('place aliases', () => {
  test('an unknown settlement is placed by its alias, with source alias and no warning', () => {
    expect(parsePlaceCell('г. Верхнеполянск').warnings.map((warning) => warning.code)).toEqual(['unknown_place']);
    const result = parsePlaceCell('г. Верхнеполянск', ALIASES);
    expect(result.places).toEqual([{ ...ALIAS, source: 'alias' }]);
    expect(result.warnings).toEqual([]);
  });

  test('the alias holds whatever country the row names (the country centroid is not taken)', () => {
    expect(parsePlaceCell('г. Верхнеполянск, Республика Беларусь').places[0]?.source).toBe('centroid');
    expect(parsePlaceCell('г. Верхнеполянск, Республика Беларусь', ALIASES).places).toEqual([{ ...ALIAS, source: 'alias' }]);
  });

  test('a gazetteer settlement wins over an alias of the same text', () => {
    const minsk = new Map([[placeTextKey('Минск'), ALIAS]]);
    expect(parsePlaceCell('г. Минск', minsk).places[0]).toMatchObject({ name: 'Минск', source: 'gazetteer' });
  });

  test('a cell that names no settlement is keyed by the whole cell', () => {
    const cell = 'Лесной кордон «Боровое»';
    const [warning] = parsePlaceCell(cell).warnings;
    expect(warning?.code).toBe('unknown_place');
    const text = unresolvedPlaceText(warning ?? { code: '', message: '' });
    expect(text).toBe(cell);
    const result = parsePlaceCell(cell, new Map([[placeTextKey(text ?? ''), ALIAS]]));
    expect(result.places).toEqual([{ ...ALIAS, source: 'alias' }]);
  });

  test('the text of an unresolved warning is the settlement as written; other warnings have none', () => {
    const [warning] = parsePlaceCell('в г. Верхнеполянске').warnings;
    expect(unresolvedPlaceText(warning ?? { code: '', message: '' })).toBe('Верхнеполянске');
    expect(unresolvedPlaceText({ code: 'place_seat_assumed', message: 'x', where: 'y' })).toBeNull();
  });

  test('keys ignore case, ё, quotes and spacing', () => {
    expect(placeTextKey('  Озёрный   «Лог» ')).toBe(placeTextKey('озерный лог'));
  });

  test('keys ignore the grammatical case: every case form of a name is one key', () => {
    const forms = (...texts: string[]) => new Set(texts.map(placeTextKey));
    expect(forms('Минск', 'Минска', 'Минску', 'Минском', 'Минске')).toEqual(new Set([placeTextKey('Минск')]));
    expect(forms('Верхнеполянск', 'Верхнеполянска', 'Верхнеполянске')).toHaveProperty('size', 1);
    expect(forms('Лида', 'Лиды', 'Лиде', 'Лиду', 'Лидой')).toHaveProperty('size', 1);
    expect(forms('Новолукомль', 'Новолукомля', 'Новолукомле', 'Новолукомлем')).toHaveProperty('size', 1);
    expect(forms('Нижний Новгород', 'Нижнего Новгорода', 'Нижнему Новгороду', 'Нижнем Новгороде')).toHaveProperty('size', 1);
    expect(forms('Великие Луки', 'Великих Луках', 'Великим Лукам')).toHaveProperty('size', 1);
    expect(forms('Ростов-на-Дону', 'Ростове-на-Дону', 'Ростова-на-Дону')).toHaveProperty('size', 1);
    expect(forms('Озёрный «Лог»', 'Озерном Логе')).toHaveProperty('size', 1);
    // Indeclinable: the same text in every case, one key; a name ending like an oblique form keeps it.
    expect(forms('Гродно', 'ГРОДНО')).toHaveProperty('size', 1);
    expect(forms('Саратов', 'Саратова', 'Саратове')).toHaveProperty('size', 1);
  });

  test('different names stay different keys', () => {
    expect(placeTextKey('Минск')).not.toBe(placeTextKey('Минь'));
    expect(placeTextKey('Гродно')).not.toBe(placeTextKey('Городок'));
    expect(placeTextKey('Лида')).not.toBe(placeTextKey('Лиозно'));
    expect(placeTextKey('Нижний Новгород')).not.toBe(placeTextKey('Новгород'));
  });

  test('an alias of one case form places a cell written in another', () => {
    const aliases = new Map([[placeTextKey('Верхнеполянске'), ALIAS]]);
    expect(parsePlaceCell('г. Верхнеполянск', aliases).places).toEqual([{ ...ALIAS, source: 'alias' }]);
    expect(parsePlaceCell('из г. Верхнеполянска', aliases).places).toEqual([{ ...ALIAS, source: 'alias' }]);
  });
});

describe('section mappings', () => {
  const FORESTRY = 'Сотрудничество в сфере лесного хозяйства';

  test('an unknown header becomes its own sphere with a genitive short label', () => {
    expect(resolveSphere(FORESTRY)).toMatchObject({ known: false, shortLabel: 'Лесного хозяйства' });
  });

  test('a header mapped to an existing sphere resolves to it, at its place in the list', () => {
    const mappings = new Map([[sphereHeaderKey(FORESTRY), { slug: 'agriculture', name: 'Сотрудничество в сфере сельского хозяйства', shortLabel: 'Сельское хозяйство' }]]);
    expect(resolveSphere(`  ${FORESTRY.toUpperCase()} `, mappings)).toEqual({
      slug: 'agriculture',
      name: 'Сотрудничество в сфере сельского хозяйства',
      shortLabel: 'Сельское хозяйство',
      position: 3,
      known: true,
    });
  });

  test('a header mapped to a new sphere takes its name and short label, after the canonical spheres', () => {
    const mappings = new Map([[sphereHeaderKey(FORESTRY), { slug: 'lesnoe-hozyaystvo', name: 'Лесное хозяйство', shortLabel: 'Леса' }]]);
    expect(resolveSphere(FORESTRY, mappings)).toEqual({ slug: 'lesnoe-hozyaystvo', name: 'Лесное хозяйство', shortLabel: 'Леса', position: 15, known: true });
  });
});
