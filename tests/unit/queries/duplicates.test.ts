import { describe, expect, test } from 'vitest';
import { getEventTwins, getPossibleDuplicates } from '@/lib/queries/duplicates';
import { realReportDbPerFile } from '@/tests/helpers/test-db';

const testDb = realReportDbPerFile();

describe('look-alike rows inside the real report', () => {
  test('the Belarusian tourism mission listed under two spheres, and the two videoconferences of 18 December', () => {
    // Read off the report: row 10 "Реверсная бизнес-миссия из Республики Беларусь" (economy, 9–10 Dec,
    // tourism companies) and row 42 "Бизнес-миссия турбизнеса Республики Беларусь в г. Смоленск"
    // (culture and tourism, 9–10 Dec); rows 18 and 19 share title and date.
    const pairs = getPossibleDuplicates(testDb.db).map((pair) => [pair.a.seq, pair.b.seq]);
    expect(pairs).toEqual([[10, 42], [18, 19]]);
  });

  test('rows of a single report have no twins in other reports', () => {
    const id = testDb.db.$client.prepare('select id from events where seq = 10').get() as { id: number };
    expect(getEventTwins(testDb.db, id.id)).toEqual([]);
  });
});
