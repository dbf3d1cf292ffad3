/**
 * The import preview: pairing stored and uploaded rows (by number and title), field-by-field
 * changes, and a preview of the real report against itself and against an edited copy.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { diffEvents, previewReport, type ComparableEvent } from '@/lib/import/preview';
import { readUpload } from '@/lib/import/admin-import';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { realReportText } from '@/tests/helpers/real-report';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

function event(seq: number, title: string, overrides: Partial<ComparableEvent> = {}): ComparableEvent {
  return {
    seq,
    title,
    sphere: 'Сотрудничество в сфере культуры',
    startDate: '2025-10-01',
    endDate: '2025-10-01',
    places: ['Смоленск'],
    countries: ['BY'],
    smeCount: null,
    participantsTotal: null,
    foreignParticipants: null,
    audience: null,
    delegationSize: null,
    status: 'held',
    format: 'in_person',
    direction: 'hosted',
    kind: 'festival',
    agreementSigned: false,
    remote: false,
    goal: 'Цель',
    participants: 'Участники',
    ...overrides,
  };
}

describe('a postponed row in a new version of the report', () => {
  test('status and delegation size changes are listed field by field', () => {
    const diff = diffEvents([event(1, 'Гастроли театра', { delegationSize: 5 })], [event(1, 'Гастроли театра', { status: 'postponed', delegationSize: 6 })]);
    expect(diff.changed[0]?.changes).toEqual([
      { field: 'delegationSize', before: 5, after: 6 },
      { field: 'status', before: 'held', after: 'postponed' },
    ]);
  });
});

describe('diffEvents', () => {
  test('identical rows make an empty diff', () => {
    const rows = [event(1, 'A'), event(2, 'B')];
    expect(diffEvents(rows, rows.map((row) => ({ ...row })))).toEqual({ added: [], removed: [], changed: [], unchangedCount: 2 });
  });

  test('a changed field is listed with its old and new value', () => {
    const diff = diffEvents([event(1, 'A'), event(2, 'B')], [event(1, 'A', { smeCount: 5, countries: ['BY', 'KZ'] }), event(2, 'B')]);
    expect(diff.changed).toEqual([
      {
        seq: 1,
        title: 'A',
        changes: [
          { field: 'countries', before: 'BY', after: 'BY, KZ' },
          { field: 'smeCount', before: null, after: 5 },
        ],
      },
    ]);
    expect(diff.unchangedCount).toBe(1);
  });

  test('a row inserted in the middle is one addition; the renumbered rows below it are matched by title', () => {
    const diff = diffEvents([event(1, 'A'), event(2, 'B'), event(3, 'C')], [event(1, 'A'), event(2, 'New'), event(3, 'B'), event(4, 'C')]);
    expect(diff.added).toEqual([{ seq: 2, title: 'New' }]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((row) => [row.title, row.changes.map((change) => `${change.field}: ${change.before} → ${change.after}`)])).toEqual([
      ['B', ['seq: 2 → 3']],
      ['C', ['seq: 3 → 4']],
    ]);
  });

  test('a retitled row at the same number is a change; a vanished row is a removal', () => {
    const diff = diffEvents([event(1, 'A'), event(2, 'B'), event(3, 'C')], [event(1, 'A'), event(2, 'B, renamed')]);
    expect(diff.changed).toEqual([{ seq: 2, title: 'B, renamed', changes: [{ field: 'title', before: 'B', after: 'B, renamed' }] }]);
    expect(diff.removed).toEqual([{ seq: 3, title: 'C' }]);
    expect(diff.added).toEqual([]);
  });
});

describe('previewReport against the stored real report', () => {
  let testDb: TestDb;
  afterEach(() => testDb.cleanup());

  async function preview(text: string) {
    const upload = await readUpload(new TextEncoder().encode(text), 'upload.txt');
    return previewReport(upload.report, upload.contentHash, getStoredReportInfo(testDb.db, '2025-Q4'));
  }

  test('the same file: 70 events in 14 spheres, recognised as already stored, nothing changes', async () => {
    testDb = await createRealReportDb();
    const result = await preview(realReportText());
    expect(result).toMatchObject({ periodKey: '2025-Q4', eventCount: 70, existing: { eventCount: 70, sameContent: true, importedBy: null } });
    expect(result.spheres).toHaveLength(14);
    expect(result.spheres.reduce((sum, sphere) => sum + sphere.count, 0)).toBe(70);
    expect(result.spheres[0]).toEqual({ name: 'Сотрудничество в сфере экономического развития', count: 10 });
    expect(result.diff).toMatchObject({ added: [], removed: [], changed: [], unchangedCount: 70 });
  });

  test('rows dated outside the quarter are warned about: the 15 rows starting in September', async () => {
    testDb = await createRealReportDb();
    const outside = (await preview(realReportText())).warnings.filter((warning) => warning.code === 'date_outside_period');
    expect(outside).toHaveLength(15);
  });

  test('an edited row 7 (title and SME count) shows as one changed event, field by field', async () => {
    testDb = await createRealReportDb();
    const edited = realReportText()
      .replace('Реверсная бизнес-миссия из Республики Узбекистан', 'Реверсная бизнес-миссия из Узбекистана')
      .replace('28 субъектов малого и среднего предпринимательства', '30 субъектов малого и среднего предпринимательства');
    const result = await preview(edited);
    expect(result.existing?.sameContent).toBe(false);
    expect(result.diff?.added).toEqual([]);
    expect(result.diff?.removed).toEqual([]);
    expect(result.diff?.changed).toHaveLength(1);
    const [row] = result.diff?.changed ?? [];
    expect(row?.seq).toBe(7);
    expect(row?.changes).toContainEqual({ field: 'title', before: 'Реверсная бизнес-миссия из Республики Узбекистан', after: 'Реверсная бизнес-миссия из Узбекистана' });
    expect(row?.changes).toContainEqual({ field: 'smeCount', before: 28, after: 30 });
  });
});
