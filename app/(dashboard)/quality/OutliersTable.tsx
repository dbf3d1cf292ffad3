import Link from 'next/link';
import type { OutlierReason } from '@/lib/curation/outliers';
import type { Outliers } from '@/lib/queries/outliers';
import { formatDateRange } from '@/lib/format';
import { correctionText, kindLabels, outlierText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';

function reasonText(reason: OutlierReason): string {
  switch (reason.code) {
    case 'count_high':
      return t.countHigh(correctionText.fields[reason.field] ?? reason.field, reason.value, reason.fence, reason.sample);
    case 'foreign_exceeds_total':
      return t.foreignExceedsTotal(reason.foreign, reason.total);
    case 'abroad_no_delegation':
      return t.abroadNoDelegation;
    case 'date_outside_period':
      return t.dateOutside(formatDateRange(reason.date, reason.date, 'day'), formatDateRange(reason.periodStart, reason.periodEnd, 'day'));
  }
}

/** Rows worth a second look, each with what looks wrong and a link to its event page. */
export function OutliersTable({ outliers }: { outliers: Outliers }) {
  const rest = outliers.total - outliers.shown.length;
  return (
    <>
      <table className="data" data-testid="outliers">
        <thead>
          <tr>
            <th scope="col">{t.rowColumn}</th>
            <th scope="col">{t.kindColumn}</th>
            <th scope="col">{t.whyColumn}</th>
          </tr>
        </thead>
        <tbody>
          {outliers.shown.map(({ row, reasons, title }) => (
            <tr key={row.id}>
              <td>
                <Link href={`/events/${row.id}`}>{correctionText.row(reportPeriodName(row.report), row.seq)}</Link>
                <div className="muted">{title}</div>
              </td>
              <td>{kindLabels[row.kind]}</td>
              <td>
                <ul className="plain-list">
                  {reasons.map((reason) => (
                    <li key={reason.code + ('field' in reason ? reason.field : '')}>{reasonText(reason)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && <p className="muted">{t.more(rest)}</p>}
    </>
  );
}
