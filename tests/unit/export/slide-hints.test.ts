import { describe, expect, test } from 'vitest';
import { withoutHints } from '@/app/_components/export/slide-frame';
import { compareText, mapText } from '@/lib/i18n/ru';

describe('slides carry no instructions to click', () => {
  test('the change map note keeps its colour key and loses "Нажмите на страну…"', () => {
    expect(withoutHints(compareText.mapNote)).toBe('Цвет страны — уровень изменения числа мероприятий.');
  });

  test.each(Object.entries(mapText).filter(([, value]) => typeof value === 'string' && value.includes('Нажмите')))('mapText.%s', (_key, note) => {
    expect(withoutHints(note as string)).not.toMatch(/нажмите/i);
  });

  test('a note without hints is unchanged; no note gives nothing', () => {
    expect(withoutHints('Квартал мероприятия — квартал даты его начала.')).toBe('Квартал мероприятия — квартал даты его начала.');
    expect(withoutHints(undefined)).toBe('');
  });
});
