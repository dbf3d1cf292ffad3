import { describe, expect, test } from 'vitest';
import { nominativeCandidates, withCapitalsOf } from '@/lib/geo/nominative';
import { latinKey, palladiusToPinyin, pinyinKeys, romanize, romanizedKeys } from '@/lib/geo/transliterate';

describe('romanize: BGN/PCGN and ISO 9 (diacritics removed)', () => {
  test.each([
    ['Жодино', ['zhodino', 'zodino']],
    ['Шклов', ['shklov', 'sklov']],
    ['Хайфон', ['khayfon', 'hajfon']],
    ['Ельск', ['yelsk', 'elsk']],
    ['Новолукомль', ['novolukoml']],
    ['Щучин', ['shchuchin', 'sucin']], // ISO 9: Ŝučin
    ['Ярославль', ['yaroslavl', 'jaroslavl']],
  ])('%s → %j', (name, spellings) => {
    expect(romanize(name)).toEqual(spellings);
  });

  test('ё is also spelt "yo", as GeoNames writes it', () => {
    expect(romanize('Азёры')).toContain('azyory');
  });
});

describe('Palladius read as pinyin', () => {
  test.each([
    ['Суйфэньхэ', 'suifenhe'],
    ['Цзинань', 'jinan'],
    ['Хэнань', 'henan'],
    ['Шаньдун', 'shandong'],
    ['Чжэнчжоу', 'zhengzhou'],
    ['Иу', 'yiwu'],
    ['Ухань', 'wuhan'],
    ['Сиань', 'xian'],
    ['Гуанчжоу', 'guangzhou'],
    ['Ляньюньган', 'lianyungang'],
    ['Цюаньчжоу', 'quanzhou'],
    ['Лоян', 'luoyang'],
    ['Дуннин', 'dongning'],
  ])('%s → %s', (name, pinyin) => {
    expect(palladiusToPinyin(name)).toBe(pinyin);
  });

  test('a name that is not Palladius does not parse', () => {
    expect(palladiusToPinyin('Кашгар')).toBeNull();
  });
});

describe('latinKey folds spellings of one name together', () => {
  test.each([
    ['Navoiy', 'Navoi'],
    ['Shklow', 'Shklov'],
    ['Da Nang', 'Danang'],
    ["Novolukoml'", 'Novolukoml'],
    ['Žodino', 'Zodino'],
    ['Khajfon', 'Hajfon'],
  ])('%s = %s', (a, b) => {
    expect(latinKey(a)).toBe(latinKey(b));
  });

  test('different names stay apart', () => {
    expect(latinKey('Minsk')).not.toBe(latinKey('Pinsk'));
  });

  test('a Russian name meets the data set Latin name through its keys', () => {
    expect(romanizedKeys('Навои')).toContain(latinKey('Navoiy'));
    expect(romanizedKeys('Толочин')).toContain(latinKey('Tolochin'));
    expect(pinyinKeys('Суйфэньхэ')).toEqual([latinKey('Suifenhe')]);
  });
});

describe('nominative candidates', () => {
  test.each([
    ['Новолукомле', 'новолукомль'],
    ['Шклове', 'шклов'],
    ['Лиде', 'лида'],
    ['Орши', 'орша'],
    ['Кардымове', 'кардымово'],
    ['Нижнем Новгороде', 'нижний новгород'],
    ['Новых Бурасах', 'новые бурасы'],
    ['Мощинках', 'мощинки'],
    ['Буда-Кошелеве', 'буда-кошелево'],
    ['Керчью', 'керчь'],
  ])('%s has the candidate %s', (written, nominative) => {
    expect(nominativeCandidates(written)).toContain(nominative);
  });

  test('the written form comes first, and an indeclinable name is kept', () => {
    expect(nominativeCandidates('Навои')[0]).toBe('навои');
    expect(nominativeCandidates('Жодино')[0]).toBe('жодино');
  });

  test('capitals follow the written form', () => {
    expect(withCapitalsOf('новые бурасы', 'Новых Бурасах')).toBe('Новые Бурасы');
    expect(withCapitalsOf('буда-кошелево', 'Буда-Кошелеве')).toBe('Буда-Кошелево');
  });
});
