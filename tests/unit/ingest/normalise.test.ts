import { describe, expect, test } from 'vitest';
import { cleanText, normaliseForMatching } from '@/lib/ingest/normalise';

describe('normalisation before matching', () => {
  test('soft hyphens and zero-width characters are removed', () => {
    expect(cleanText('Бела\u00adрусь')).toBe('Беларусь');
    expect(cleanText('Смо\u00adлен\u00adской об\u00adласти')).toBe('Смоленской области');
    expect(cleanText('\ufeffг.\u200bМинск')).toBe('г.Минск');
  });

  test.each([
    ['Pеспублика Беларусь', 'Республика Беларусь'], // Latin P
    ['Mинск', 'Минск'], // Latin M
    ['Kaзахстан', 'Казахстан'], // Latin K and a
    ['CMOЛЕНСК', 'СМОЛЕНСК'], // Latin C, M, O
    ['ТoчкА кипения', 'ТочкА кипения'], // Latin o and A
    ['выстaвкa', 'выставка'],
    ['КНP', 'КНР'],
  ])('Latin look-alikes inside a Cyrillic word: %j → %j', (written, expected) => {
    expect(cleanText(written)).toBe(expected);
  });

  test('words wholly in Latin stay as written', () => {
    expect(cleanText('«CantonFair», FoodExpo Qazaqstan, PROFSKILLS, b2b, IT-форум')).toBe('«CantonFair», FoodExpo Qazaqstan, PROFSKILLS, b2b, IT-форум');
  });

  test('space variants become a space; line breaks stay', () => {
    expect(cleanText('2\u00a0000\u2009человек\u202fи\u2002гости\r\nг.\u00a0Минск')).toBe('2 000 человек и гости\nг. Минск');
  });

  test('every dash is a hyphen for matching, and kept as written in clean text', () => {
    const text = '21\u201023 \u2013 24\u2014 25\u2212 26\u2011 27\u2012';
    expect(normaliseForMatching(text)).toBe('21-23 - 24- 25- 26- 27-');
    expect(cleanText('31 октября \u2013 4 ноября')).toBe('31 октября \u2013 4 ноября');
  });
});
