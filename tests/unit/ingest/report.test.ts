import { describe, expect, test } from 'vitest';
import { parsePeriod, parseTitle } from '@/lib/ingest/report';
import { resolveSphere } from '@/lib/ingest/spheres';

describe('period from the title', () => {
  test.each([
    ['Отчет о мероприятиях … в IV квартале 2025 года', { year: 2025, quarter: 4 }],
    ['Отчет о мероприятиях в международной сфере в III квартале 2025 г.', { year: 2025, quarter: 3 }],
    ['Отчёт за I квартал 2026 года', { year: 2026, quarter: 1 }],
    ['Информация о мероприятиях во 2 квартале 2024 года', { year: 2024, quarter: 2 }],
    ['Отчет о мероприятиях за 2-й квартал 2024 года', { year: 2024, quarter: 2 }],
  ])('%j → %o', (title, period) => {
    expect(parsePeriod(title)).toEqual(period);
  });

  test('a title without a quarter gives no period', () => {
    expect(parsePeriod('Отчет о мероприятиях за 2025 год')).toBeNull();
  });

  test('Word bookmarks are not part of the title', () => {
    expect(parseTitle(['Отчет', '[bookmark: _GoBack]в IV квартале 2025 года'])).toBe('Отчет в IV квартале 2025 года');
  });
});

describe('spheres', () => {
  test('a header is matched to its canonical sphere', () => {
    expect(resolveSphere('Сотрудничество в сфере культуры и туризма')).toMatchObject({ slug: 'culture-tourism', known: true });
    expect(resolveSphere('Сотрудничество  в социальной сфере')).toMatchObject({ slug: 'social', known: true });
  });

  test('a renamed header maps to its canonical sphere through synonyms', () => {
    expect(resolveSphere('Сотрудничество в сфере культуры')).toMatchObject({ slug: 'culture-tourism', shortLabel: 'Культура и туризм' });
    expect(resolveSphere('Взаимодействие в области образования')).toMatchObject({ slug: 'education-science' });
  });

  test('an unknown header becomes a sphere of its own, flagged', () => {
    expect(resolveSphere('Сотрудничество в сфере космических исследований')).toEqual({
      slug: 'kosmicheskih-issledovaniy',
      name: 'Сотрудничество в сфере космических исследований',
      shortLabel: 'Космических исследований',
      position: 15,
      known: false,
    });
  });
});
