import { describe, expect, test } from 'vitest';
import { EMPTY_FILTERS, hasActiveFilters, hrefWith, parseFilters, toSearchParams, type Filters } from '@/lib/filters/filters';

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, has: [], ...partial });

describe('parseFilters ⇄ toSearchParams', () => {
  test.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['one sphere', { sphere: ['economy'] }],
    ['sphere and country', { sphere: ['economy'], country: ['BY'] }],
    ['several countries', { country: ['BY', 'KZ', 'UZ'] }],
    ['quarter range and report', { from: '2025-Q3', to: '2025-Q4', report: '2025-Q4' }],
    ['date range', { dateFrom: '2025-10-01', dateTo: '2025-12-31' }],
    ['Cyrillic search with wildcards', { q: 'Минск 100% _x_' }],
    ['format, direction, kind and region', { format: ['remote', 'hybrid'], direction: ['inbound'], kind: ['exhibition'], region: ['central_asia'] }],
    ['flags and a place', { has: ['sme', 'signed'], place: '3' }],
  ])('%s survives a round trip through the URL', (_, partial) => {
    const original = filters(partial);
    const query = toSearchParams(original).toString();
    expect(parseFilters(new URLSearchParams(query))).toEqual({ filters: original, ignored: [] });
  });

  test('lists are comma-joined, in a stable order of names', () => {
    expect(toSearchParams(filters({ country: ['BY', 'KZ'], sphere: ['economy'], from: '2025-Q4' })).toString()).toBe('from=2025-Q4&sphere=economy&country=BY%2CKZ');
  });

  test('repeated parameters and comma lists are merged, duplicates dropped', () => {
    const { filters: parsed } = parseFilters(new URLSearchParams('country=BY,KZ&country=BY&country=UZ'));
    expect(parsed.country).toEqual(['BY', 'KZ', 'UZ']);
  });

  test('a record of search params (as Next passes them) reads like URLSearchParams', () => {
    expect(parseFilters({ country: ['BY', 'KZ'], sphere: 'economy', q: '  Минск  ' }).filters).toEqual(filters({ country: ['BY', 'KZ'], sphere: ['economy'], q: 'Минск' }));
  });

  test('empty values are left out of the query string', () => {
    expect(toSearchParams(filters({ q: '', country: [] })).toString()).toBe('');
  });
});

describe('invalid values are dropped and reported in ignored', () => {
  test.each<[string, string, keyof Filters]>([
    ['a malformed quarter', 'from=2025-Q5', 'from'],
    ['a date that does not exist', 'dateFrom=2025-02-30', 'dateFrom'],
    ['a lowercase country code', 'country=by', 'country'],
    ['an unknown format', 'format=teleport', 'format'],
    ['an unknown kind', 'kind=party', 'kind'],
    ['a sphere slug with SQL in it', "sphere=economy';drop table events", 'sphere'],
    ['a place id that is not a positive integer', 'place=-1', 'place'],
    ['a search of only spaces', 'q=%20%20', 'q'],
  ])('%s', (_, query, name) => {
    const { filters: parsed, ignored } = parseFilters(new URLSearchParams(query));
    expect(ignored).toEqual([name]);
    expect(parsed[name] === undefined || (Array.isArray(parsed[name]) && parsed[name].length === 0)).toBe(true);
  });

  test('valid values of a list survive next to an invalid one', () => {
    const { filters: parsed, ignored } = parseFilters(new URLSearchParams('country=BY,xx,KZ&sphere=economy'));
    expect(parsed.country).toEqual(['BY', 'KZ']);
    expect(parsed.sphere).toEqual(['economy']);
    expect(ignored).toEqual(['country']);
  });

  test('unknown parameters (sort, page) are no filters and not reported', () => {
    expect(parseFilters(new URLSearchParams('sort=-sme&page=2'))).toEqual({ filters: filters({}), ignored: [] });
  });
});

describe('hrefWith / hasActiveFilters', () => {
  test('a drill-down link adds its filter to the active ones', () => {
    expect(hrefWith('/events', { ...filters({ sphere: ['economy'] }), country: ['BY'] })).toBe('/events?sphere=economy&country=BY');
    expect(hrefWith('/events', filters({}))).toBe('/events');
  });

  test('the search text alone is not an active filter', () => {
    expect(hasActiveFilters(filters({ q: 'Минск' }))).toBe(false);
    expect(hasActiveFilters(filters({ country: ['BY'] }))).toBe(true);
  });
});
