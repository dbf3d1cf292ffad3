import { describe, expect, test } from 'vitest';
import { formatPeriodKey, parsePeriod, parseTitle, periodQuarters } from '@/lib/ingest/report';
import { periodRange } from '@/lib/ingest/dates';
import { resolveSphere } from '@/lib/ingest/spheres';

describe('parsePeriod', () => {
  test.each([
    ['Отчет о мероприятиях … в IV квартале 2025 года', '2025-Q4'],
    ['Отчет о мероприятиях в международной сфере в III квартале 2025 г.', '2025-Q3'],
    ['Отчёт за I квартал 2026 года', '2026-Q1'],
    ['Информация о мероприятиях во 2 квартале 2024 года', '2024-Q2'],
    ['Отчет о мероприятиях за 2-й квартал 2024 года', '2024-Q2'],
    ['Информация о международных мероприятиях за II квартал 2024 года', '2024-Q2'],
    ['Мероприятия в международной сфере, 1 квартал 2026 г.', '2026-Q1'],
    ['Отчет о мероприятиях, проведенных в первом квартале 2025 года', '2025-Q1'],
    ['Информация о мероприятиях за I полугодие 2025 года', '2025-H1'],
    ['Отчет за 2-е полугодие 2024 г.', '2024-H2'],
    ['Информация о международных мероприятиях за 9 месяцев 2025 года', '2025-9M'],
    ['Отчет о мероприятиях в международной сфере за 2025 год', '2025-Y'],
  ])('%j → %s', (title, key) => {
    const period = parsePeriod(title);
    expect(period && formatPeriodKey(period)).toBe(key);
  });

  test('a title without a period gives none', () => {
    expect(parsePeriod('Отчет о мероприятиях в международной сфере')).toBeNull();
    expect(parsePeriod('План мероприятий на 2025–2027 годы')).toBeNull();
  });

  test('a half-year, nine months and a year keep their true span', () => {
    const span = (title: string) => {
      const period = parsePeriod(title);
      return period && { quarters: periodQuarters(period), ...periodRange(period) };
    };
    expect(span('за I полугодие 2025 года')).toEqual({ quarters: [1, 2], start: '2025-01-01', end: '2025-06-30' });
    expect(span('за II полугодие 2025 года')).toEqual({ quarters: [3, 4], start: '2025-07-01', end: '2025-12-31' });
    expect(span('за 9 месяцев 2025 года')).toEqual({ quarters: [1, 3], start: '2025-01-01', end: '2025-09-30' });
    expect(span('за 2025 год')).toEqual({ quarters: [1, 4], start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('parseTitle', () => {
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
