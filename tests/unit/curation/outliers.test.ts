/**
 * Rows worth a second look, on hand-built rows: each rule fires on the row built to break it and
 * on no other; the count fence needs MIN_SAMPLE stated values of the row's kind.
 */
import { describe, expect, test } from 'vitest';
import { fenceOf, fencesOfHistogram, findOutliers, MIN_SAMPLE, type OutlierRow, quantile } from '@/lib/curation/outliers';

type TestRow = OutlierRow & { title: string };

let nextId = 1;
function row(fields: Partial<TestRow> = {}): TestRow {
  const id = nextId++;
  return {
    title: `row ${id}`,
    kind: 'exhibition',
    direction: 'hosted',
    format: 'in_person',
    startDate: '2025-11-10',
    endDate: '2025-11-12',
    venueCountries: ['RU'],
    periodStart: '2025-10-01',
    periodEnd: '2025-12-31',
    participantsTotal: null,
    foreignParticipants: null,
    smeCount: null,
    audience: null,
    delegationSize: null,
    ...fields,
  };
}

const codes = (rows: TestRow[]) => findOutliers(rows).map((outlier) => [outlier.row.title, outlier.reasons.map((reason) => reason.code)]);

describe('quantile', () => {
  test('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([5], 0.75)).toBe(5);
  });
});

describe('fences from a histogram', () => {
  test('(value, count) pairs give the fence of the values one by one, in any order', () => {
    // 3 3 3 4 4 4 5 5 8 71: Q1 at position 2.25 is 3.25, Q3 at 6.75 is 5, fence 5 + 3·1.75.
    expect(fenceOf([[3, 3], [4, 3], [5, 2], [8, 1], [71, 1]])).toEqual({ fence: 10.25, sample: 10 });
    expect(fenceOf([[71, 1], [4, 2], [3, 3], [5, 2], [8, 1], [4, 1]])).toEqual({ fence: 10.25, sample: 10 });
  });

  test('one value stated by every row: the IQR counts as 1; fewer than MIN_SAMPLE values: no fence', () => {
    expect(fenceOf([[100, MIN_SAMPLE]])).toEqual({ fence: 103, sample: MIN_SAMPLE });
    expect(fenceOf([[100, MIN_SAMPLE - 2], [5000, 1]])).toBeUndefined();
  });

  test('per kind and field, as findOutliers takes them from the rows', () => {
    const fences = fencesOfHistogram([
      { kind: 'forum', field: 'audience', value: 100, count: 8 },
      { kind: 'forum', field: 'smeCount', value: 2, count: 3 },
      { kind: 'exhibition', field: 'smeCount', value: 4, count: 9 },
    ]);
    expect(fences.get('forum')?.get('audience')).toEqual({ fence: 103, sample: 8 });
    expect(fences.get('forum')?.has('smeCount')).toBe(false);
    expect(fences.get('exhibition')?.get('smeCount')).toEqual({ fence: 7, sample: 9 });
    const rows = [...Array.from({ length: 8 }, () => row({ kind: 'forum', audience: 100 })), row({ title: 'far', kind: 'forum', audience: 104 })];
    // Given fences computed elsewhere (here: from 8 rows of 100 only), findOutliers judges by them.
    expect(findOutliers(rows, fences).map((outlier) => outlier.row.title)).toEqual(['far']);
    expect(findOutliers(rows.slice(-1), fences).map((outlier) => outlier.row.title)).toEqual(['far']);
  });
});

describe('counts far outside their kind', () => {
  // Exhibitions with 3, 4, 4, 5, 3, 4, 5, 3 SME.
  const usual = [3, 4, 4, 5, 3, 4, 5, 3].map((smeCount, i) => row({ title: `usual ${i}`, smeCount }));

  test('a value above Q3 + 3·IQR of its kind is flagged with the fence; one at the fence is not', () => {
    const far = row({ title: 'far', smeCount: 71 });
    const near = row({ title: 'near', smeCount: 8 });
    const [flagged] = findOutliers([...usual, far, near]);
    expect(codes([...usual, far, near])).toEqual([['far', ['count_high']]]);
    // With far and near the sample is 10: sorted 3 3 3 4 4 4 5 5 8 71 → Q1 3.25, Q3 5, fence 5 + 3·1.75 = 10.25.
    expect(flagged?.reasons[0]).toEqual({ code: 'count_high', field: 'smeCount', value: 71, fence: 10.25, sample: 10 });
  });

  test('another kind is judged by its own rows, and a kind with too few values is not judged', () => {
    const forum = row({ title: 'forum', kind: 'forum', smeCount: 71 });
    // Seven values with the far one: too few to judge.
    expect(codes([...usual.slice(0, MIN_SAMPLE - 2), row({ title: 'far', smeCount: 71 })])).toEqual([]);
    expect(codes([...usual, forum])).toEqual([]);
  });

  test('a kind whose rows all state one number still flags a row far above it (IQR taken as at least 1)', () => {
    const same = Array.from({ length: MIN_SAMPLE }, (_, i) => row({ title: `same ${i}`, audience: 100 }));
    expect(codes([...same, row({ title: 'same+3', audience: 103 }), row({ title: 'same+4', audience: 104 })])).toEqual([['same+4', ['count_high']]]);
  });
});

describe('the other rules', () => {
  test('more foreign participants than participants in all', () => {
    expect(codes([row({ title: 'more', participantsTotal: 10, foreignParticipants: 12 }), row({ title: 'equal', participantsTotal: 10, foreignParticipants: 10 })])).toEqual([
      ['more', ['foreign_exceeds_total']],
    ]);
  });

  test('an event away from the region, attended in person, with no delegation size', () => {
    const rows = [
      row({ title: 'outbound', direction: 'outbound', venueCountries: ['RU'] }),
      row({ title: 'venue abroad', direction: 'hosted', venueCountries: ['BY'] }),
      row({ title: 'with delegation', direction: 'outbound', venueCountries: ['UZ'], delegationSize: 5 }),
      row({ title: 'remote', direction: 'outbound', venueCountries: ['CN'], format: 'remote' }),
      row({ title: 'at home', direction: 'inbound', venueCountries: ['RU'] }),
    ];
    expect(codes(rows)).toEqual([
      ['outbound', ['abroad_no_delegation']],
      ['venue abroad', ['abroad_no_delegation']],
    ]);
  });

  test('dates more than a quarter outside the report period', () => {
    const rows = [
      row({ title: 'september', startDate: '2025-09-19', endDate: '2025-09-19' }),
      row({ title: 'first of july', startDate: '2025-07-01', endDate: '2025-07-01' }),
      row({ title: 'june', startDate: '2025-06-30', endDate: '2025-06-30' }),
      row({ title: 'wrong year', startDate: '2024-11-10', endDate: '2024-11-12' }),
      row({ title: 'april next year', startDate: '2026-03-31', endDate: '2026-04-01' }),
      row({ title: 'undated', startDate: null, endDate: null }),
    ];
    expect(codes(rows)).toEqual([
      ['june', ['date_outside_period']],
      ['wrong year', ['date_outside_period']],
      ['april next year', ['date_outside_period']],
    ]);
    expect(findOutliers(rows).at(-1)?.reasons[0]).toEqual({ code: 'date_outside_period', date: '2026-04-01', periodStart: '2025-10-01', periodEnd: '2025-12-31' });
  });
});
