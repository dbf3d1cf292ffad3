import { describe, expect, test } from 'vitest';
import { countEvents, getEventById, getEvents, parseEventSort } from '@/lib/queries/events';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { eventIdOfSeq, expectedSeqs, filtersOf, withCountry } from './report-facts';

const testDb = realReportDbPerFile();

describe('getEvents', () => {
  test('lists every row of the report, earliest first (row 59 starts on 16 September)', () => {
    const list = getEvents(testDb.db, filtersOf());
    expect(list).toHaveLength(70);
    expect(list[0]?.seq).toBe(59);
    expect(list.at(-1)?.seq).toBe(70);
  });

  test('a row carries its sphere, places and countries', () => {
    const row = getEvents(testDb.db, filtersOf({ q: 'Ташкент' })).find((event) => event.seq === 1);
    expect(row).toMatchObject({
      report: '2025-Q4',
      title: 'Участие в 14-й Международной строительной выставке «UzStroyExpo-2025»',
      startDate: '2025-10-21',
      endDate: '2025-10-23',
      sphereSlug: 'economy',
      sphereShort: 'Экономика',
      sphereName: 'Сотрудничество в сфере экономического развития',
      smeCount: 4,
      places: ['Ташкент'],
      countries: [{ code: 'UZ', nameRu: 'Узбекистан' }],
    });
  });

  test('an event in two places lists both, in the order of the report', () => {
    expect(getEvents(testDb.db, filtersOf({ q: 'Крагуевац' })).find((event) => event.seq === 23)?.places).toEqual(['Смоленск', 'Крагуевац']);
  });

  test('sorting by SME descending puts the reverse mission from Belarus (71) first and rows without SMEs last', () => {
    const list = getEvents(testDb.db, filtersOf(), { sort: '-sme' });
    expect(list.slice(0, 4).map((event) => event.smeCount)).toEqual([71, 38, 29, 28]);
    expect(list[0]?.seq).toBe(10);
    expect(list.at(-1)?.smeCount).toBeNull();
  });

  test('sorting by SME ascending starts at the smallest count, still with empty counts last', () => {
    const list = getEvents(testDb.db, filtersOf(), { sort: 'sme' });
    expect(list.slice(0, 3).map((event) => event.smeCount)).toEqual([3, 3, 3]);
    expect(list.at(-1)?.smeCount).toBeNull();
  });

  test('sorting by sphere follows the order of the report sections', () => {
    const list = getEvents(testDb.db, filtersOf(), { sort: 'sphere' });
    expect(list.map((event) => event.seq)).toEqual(Array.from({ length: 70 }, (_, index) => index + 1));
    expect(getEvents(testDb.db, filtersOf(), { sort: '-sphere' })[0]?.sphereSlug).toBe('general');
  });

  test('sorting by date descending puts the last event of the year first', () => {
    expect(getEvents(testDb.db, filtersOf(), { sort: '-date' })[0]?.seq).toBe(70);
  });

  test('withSme keeps the ten economic rows with an SME count', () => {
    const list = getEvents(testDb.db, filtersOf(), { withSme: true });
    expect(list.map((event) => event.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('limit and offset page through the sorted list', () => {
    const all = getEvents(testDb.db, filtersOf(), { sort: 'sphere' });
    const page = getEvents(testDb.db, filtersOf(), { sort: 'sphere', limit: 20, offset: 60 });
    expect(page.map((event) => event.seq)).toEqual(all.slice(60).map((event) => event.seq));
    expect(page).toHaveLength(10);
  });

  test('filters apply: Belarus', () => {
    expect(getEvents(testDb.db, filtersOf({ country: ['BY'] })).map((event) => event.seq).sort((a, b) => a - b)).toEqual(expectedSeqs(withCountry('BY')));
  });
});

describe('countEvents', () => {
  test('counts the matching events regardless of paging', () => {
    expect(countEvents(testDb.db, filtersOf())).toBe(70);
    expect(countEvents(testDb.db, filtersOf({ country: ['BY'] }))).toBe(expectedSeqs(withCountry('BY')).length);
    expect(countEvents(testDb.db, filtersOf(), { withSme: true })).toBe(10);
    expect(countEvents(testDb.db, filtersOf({ q: 'нет такого текста' }))).toBe(0);
  });
});

describe('parseEventSort', () => {
  test.each([
    ['-sme', '-sme'],
    ['title', 'title'],
    [undefined, 'date'],
    ['sme; drop table events', 'date'],
    [['-sme', 'title'], 'date'],
  ])('%j → %s', (value, expected) => {
    expect(parseEventSort(value)).toBe(expected);
  });
});

describe('getEventById', () => {
  test('row 13: Minsk, Belarus as venue, dates across September and October, one warning, the report text', () => {
    const detail = getEventById(testDb.db, eventIdOfSeq(testDb.db, 13));
    expect(detail?.event).toMatchObject({ seq: 13, startDate: '2025-09-28', endDate: '2025-10-01', datePrecision: 'day', quarterKey: '2025-Q3', agreementSigned: true });
    expect(detail?.report.periodKey).toBe('2025-Q4');
    expect(detail?.sphere.slug).toBe('industry-trade');
    expect(detail?.places).toEqual([expect.objectContaining({ name: 'Минск', countryCode: 'BY', countryName: 'Беларусь', region: 'belarus', source: 'gazetteer' })]);
    expect(detail?.countries).toEqual([{ code: 'BY', nameRu: 'Беларусь', region: 'belarus', role: 'venue' }]);
    expect(detail?.warnings.map((warning) => warning.code)).toEqual(['date_outside_period']);
    expect(detail?.event.sourceText.dates).toBe('28 сентября - 1 октября 2025 года');
  });

  test('row 29: Belarus is the venue and China a partner', () => {
    const detail = getEventById(testDb.db, eventIdOfSeq(testDb.db, 29));
    expect(detail?.countries.map(({ code, role }) => ({ code, role }))).toEqual([
      { code: 'BY', role: 'venue' },
      { code: 'CN', role: 'partner' },
    ]);
  });

  test('row 50: the place is the district seat Рославль', () => {
    const detail = getEventById(testDb.db, eventIdOfSeq(testDb.db, 50));
    expect(detail?.places.map(({ name, source }) => ({ name, source }))).toEqual([{ name: 'Рославль', source: 'seat' }]);
    expect(detail?.warnings.map((warning) => warning.code)).toEqual(['place_seat_assumed']);
  });

  test('an unknown id gives null', () => {
    expect(getEventById(testDb.db, 999_999)).toBeNull();
  });
});

describe('getEventById: how a place was resolved', () => {
  test.each([18, 19])('row %i names only the oblast ministry: Смоленск is its seat, though other rows name Смоленск directly', (seq) => {
    const detail = getEventById(testDb.db, eventIdOfSeq(testDb.db, seq));
    expect(detail?.places.map(({ name, source }) => ({ name, source }))).toEqual([{ name: 'Смоленск', source: 'seat' }]);
  });

  test('row 17 names "г. Смоленск": found in the gazetteer', () => {
    expect(getEventById(testDb.db, eventIdOfSeq(testDb.db, 17))?.places[0]?.source).toBe('gazetteer');
  });
});

describe('getEvents, a page in date order', () => {
  test.each([
    [15, 0],
    [10, 0],
    [10, 10],
    [7, 49],
    [10, 60],
    [25, 50],
  ])('%i rows from offset %i are that slice of the full list (rows sharing the page’s last date, undated rows last)', (limit, offset) => {
    const full = getEvents(testDb.db, filtersOf()).map((event) => event.id);
    expect(getEvents(testDb.db, filtersOf(), { limit, offset }).map((event) => event.id)).toEqual(full.slice(offset, offset + limit));
  });
});

test('a page of the events with SMEs (the SME page’s list) is that slice of their full list', () => {
  const filters = filtersOf({ has: ['sme'] });
  const full = getEvents(testDb.db, filters).map((event) => event.id);
  expect(full.length).toBeGreaterThan(5);
  for (const [limit, offset] of [[3, 0], [4, 3], [5, 5]] as const) {
    expect(getEvents(testDb.db, filters, { limit, offset }).map((event) => event.id)).toEqual(full.slice(offset, offset + limit));
  }
});

describe('getEvents, a filtered page in date order', () => {
  // Belarus is in most of the report's 70 rows and culture and tourism in 21: filters that keep
  // at least one row in 20, whose pages walk the date index; Germany is in a handful of rows,
  // whose matches are sorted in full.
  test.each([
    ['Belarus', filtersOf({ country: ['BY'] })],
    ['culture and tourism', filtersOf({ sphere: ['culture-tourism'] })],
    ['a title search', filtersOf({ q: 'форум' })],
    ['Germany', filtersOf({ country: ['DE'] })],
  ])('%s: every page is that slice of the full list', (_name, filters) => {
    const full = getEvents(testDb.db, filters).map((event) => event.id);
    expect(full.length).toBeGreaterThan(1);
    for (const [limit, offset] of [[1, 0], [2, 1], [3, 0], [10, 0], [7, 10], [10, Math.max(0, full.length - 5)]] as const) {
      expect(getEvents(testDb.db, filters, { limit, offset }).map((event) => event.id)).toEqual(full.slice(offset, offset + limit));
    }
  });
});
