import type { alias } from 'drizzle-orm/sqlite-core';
import { events, reports } from '@/db/schema';

/** What names an event row wherever a list shows it: its report, row number, title and dates. */
export interface EventHead {
  id: number;
  report: string;
  seq: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

type EventsTable = typeof events | ReturnType<typeof alias<typeof events, string>>;
type ReportsTable = typeof reports | ReturnType<typeof alias<typeof reports, string>>;

/** The select columns of an EventHead, from the events table and its report (or aliases of them). */
export function eventHeadColumns(table: EventsTable = events, report: ReportsTable = reports) {
  return { id: table.id, report: report.periodKey, seq: table.seq, title: table.title, startDate: table.startDate, endDate: table.endDate };
}
