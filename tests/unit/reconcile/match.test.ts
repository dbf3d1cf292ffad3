import { describe, expect, test } from 'vitest';
import { DATE_TOLERANCE_DAYS, matchEvents, normaliseTitle, STRONG_TITLE_SIMILARITY, TITLE_SIMILARITY, titleSimilarity, type MatchCandidate } from '@/lib/reconcile/match';

const event = (title: string, startDate: string, endDate = startDate, places = ['Смоленск'], countries = ['BY']): MatchCandidate => ({ title, startDate, endDate, places, countries });

describe('thresholds', () => {
  test('are the documented ones', () => {
    expect([DATE_TOLERANCE_DAYS, TITLE_SIMILARITY, STRONG_TITLE_SIMILARITY]).toEqual([1, 0.6, 0.85]);
  });
});

describe('title normalisation', () => {
  test('drops case, quotes, dashes and the leading "Участие в"', () => {
    expect(normaliseTitle('Участие в мероприятиях Международной выставки «ИННОПРОМ. Беларусь»')).toBe('международной выставки иннопром беларусь');
    expect(normaliseTitle('Реверсная бизнес–миссия')).toBe('реверсная бизнес миссия');
  });

  test('the same exhibition worded twice is similar', () => {
    expect(titleSimilarity('Участие в международной выставке «ИННОПРОМ. Беларусь»', 'Участие в мероприятиях Международной промышленной выставки «ИННОПРОМ. Беларусь»')).toBe(1);
  });
});

describe('the same event in two reports', () => {
  test('matches across wordings when the dates overlap', () => {
    const q3 = event('Дни культуры Республики Беларусь в Смоленской области', '2025-09-26', '2025-09-28');
    const q4 = event('Дни белорусской культуры в Смоленской области', '2025-09-27', '2025-09-28');
    expect(matchEvents(q3, q4)).not.toBeNull();
    expect(matchEvents(q4, q3)).toEqual(matchEvents(q3, q4));
  });

  test('dates one day apart still match', () => {
    expect(matchEvents(event('Форум «Свой код»', '2025-10-16'), event('Международный форум «Свой код»', '2025-10-17'))).not.toBeNull();
  });
});

describe('near misses that must not merge', () => {
  test('the same title on other dates is a recurring event', () => {
    const title = 'Заседание рабочей группы по сотрудничеству Смоленской области с Республикой Беларусь';
    expect(matchEvents(event(title, '2025-09-15'), event(title, '2025-12-23'))).toBeNull();
  });

  test('different events on the same dates in the same city', () => {
    const days = event('Дни культуры Республики Беларусь в Смоленской области', '2025-09-27', '2025-09-28');
    const contest = event('Международный конкурс танцевального искусства «Firebird CUP»', '2025-09-27', '2025-09-28');
    expect(matchEvents(days, contest)).toBeNull();
  });

  test('missions from two different countries on the same days', () => {
    const kz = event('Реверсная бизнес-миссия из Республики Казахстан', '2025-11-19', '2025-11-20');
    const uz = event('Реверсная бизнес-миссия из Республики Узбекистан', '2025-11-19', '2025-11-20');
    expect(matchEvents(kz, uz)).toBeNull();
  });

  test('a middling title match needs a shared place or country', () => {
    const a = event('Конференция по инклюзивному образованию детей', '2025-10-01', '2025-10-01', ['Минск'], ['BY']);
    const b = event('Семинар по инклюзивному образованию детей', '2025-10-01', '2025-10-01', ['Ташкент'], ['UZ']);
    expect(titleSimilarity(a.title, b.title)).toBeGreaterThanOrEqual(TITLE_SIMILARITY);
    expect(titleSimilarity(a.title, b.title)).toBeLessThan(STRONG_TITLE_SIMILARITY);
    expect(matchEvents(a, b)).toBeNull();
    expect(matchEvents(a, { ...b, places: ['Минск'] })).not.toBeNull();
  });

  test('rows without dates never match', () => {
    expect(matchEvents({ ...event('Форум', '2025-10-01'), startDate: null, endDate: null }, event('Форум', '2025-10-01'))).toBeNull();
  });
});
