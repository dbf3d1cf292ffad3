import { describe, expect, test } from 'vitest';
import { listLimitText as t } from '@/lib/i18n/ru';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('the line under a list cut to its first rows', () => {
  test('events: how many are shown out of how many, before the link to all of them', () => {
    expect(plain(t.shownFirst(200, 12345) + t.allEvents)).toBe('Показаны первые 200 из 12 345 — все мероприятия');
  });

  test.each([
    [1, 'Показано 1 место (из 3)'],
    [2, 'Показано 2 места (из 3)'],
    [15, 'Показано 15 мест (из 499)'],
  ])('places: %i agrees with its noun', (shown, start) => {
    expect(plain(t.placesShown(shown, shown === 15 ? 499 : 3))).toMatch(new RegExp(`^${start.replace(/[()]/g, '\\$&')}, где мероприятий больше всего — $`));
  });

  test('warnings: the shown count agrees with its noun', () => {
    expect(plain(t.warningsShown(200, 4471))).toMatch(/^Показаны первые 200 предупреждений из 4 471:/);
  });
});
