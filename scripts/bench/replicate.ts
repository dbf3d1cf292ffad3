/**
 * Grows a database stored through saveReport to `factor` times its events by SQL: every event is
 * copied (factor - 1) times into the same report with new ids and seqs, a distinct title and
 * search text, and its places, countries, warnings and links. Every row's content still comes
 * from the real write path; only the ids are new. Used for the 1 000 000 scale, where saveReport
 * itself is too slow for the benchmark's budget (link-events is quadratic in a report's size:
 * see bench/results.md, Findings).
 */
import type Database from 'better-sqlite3';

export function replicateEvents(sqlite: Database.Database, factor: number): void {
  const { maxId, maxSeq } = sqlite.prepare('select max(id) as maxId, max(seq) as maxSeq from events').get() as { maxId: number; maxSeq: number };
  const columns = (sqlite.prepare(`select name from pragma_table_info('events')`).all() as { name: string }[]).map((row) => row.name);
  const copied: Record<string, string> = {
    id: 'id + @offset',
    seq: 'seq + @copy * @maxSeq',
    title: `title || ' (' || @copy || ')'`,
    search_text: `search_text || ' ' || @copy`,
  };
  const selectList = columns.map((name) => copied[name] ?? name).join(', ');
  const statements = [
    `insert into events (${columns.join(', ')}) select ${selectList} from events where id <= @maxId`,
    'insert into event_places (event_id, place_id, position) select event_id + @offset, place_id, position from event_places where event_id <= @maxId',
    'insert into event_countries (event_id, country_code, role) select event_id + @offset, country_code, role from event_countries where event_id <= @maxId',
    `insert into import_warnings (report_id, event_id, code, message, location)
       select report_id, event_id + @offset, code, message, location from import_warnings where event_id <= @maxId`,
    `insert into event_matches (event_id, other_id, kind, score, reason)
       select event_id + @offset, other_id + @offset, kind, score, reason from event_matches where event_id <= @maxId`,
  ].map((text) => sqlite.prepare(text));
  for (let copy = 1; copy < factor; copy++) {
    sqlite.transaction(() => {
      for (const statement of statements) statement.run({ offset: copy * maxId, copy, maxSeq, maxId });
    })();
  }
}
