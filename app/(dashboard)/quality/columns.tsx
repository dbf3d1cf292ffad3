/** Columns and cells that several /quality tables show the same way. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Column } from '@/app/_components/tables/DataTable';
import { formatDateTime } from '@/lib/format';
import { common, correctionText, qualityText } from '@/lib/i18n/ru';
import { reportPeriodName, reportPeriodShort } from '@/lib/periods';

/** "Отчёт за IV квартал 2025 г., строка 42", linked to its event page (plain text when the row is gone), the title below. */
export function EventRowCell({ eventId, periodKey, seq, title }: { eventId: number | null; periodKey: string; seq: number; title: string }) {
  const row = common.reportRow(reportPeriodName(periodKey), seq);
  return (
    <>
      {eventId === null ? row : <Link href={`/events/${eventId}`}>{row}</Link>}
      <div className="muted">{title}</div>
    </>
  );
}

/** The report (short period) and row number columns of a list of report rows; "—" for a report-level entry. */
export function reportRowColumns<Row extends { report: string; seq: number | null }>(): Column<Row>[] {
  return [
    { header: qualityText.report, className: 'nowrap', cell: (row) => reportPeriodShort(row.report) },
    { header: qualityText.row, numeric: true, cell: (row) => row.seq ?? '—' },
  ];
}

/** Why, who and when of an analyst's decision; `action` (an editor's undo or drop) stands beside the time. */
export function decisionColumns<Row extends { reason: string; username: string; at: string }>(action: (row: Row) => ReactNode): Column<Row>[] {
  return [
    { header: correctionText.why, cell: (row) => row.reason },
    { header: correctionText.user, cell: (row) => row.username },
    {
      header: correctionText.at,
      cell: (row) => (
        <>
          {formatDateTime(row.at)}
          {action(row)}
        </>
      ),
    },
  ];
}
