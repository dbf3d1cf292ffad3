import { DataTable } from '@/app/_components/tables/DataTable';
import { PlainList } from '@/app/_components/ui/PlainList';
import type { OutlierReason } from '@/lib/curation/outliers';
import { formatDateRange } from '@/lib/format';
import { correctionText, kindLabels, outlierText as t } from '@/lib/i18n/ru';
import type { Outliers } from '@/lib/queries/outliers';
import { EventRowCell } from './columns';

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
      <DataTable
        rows={outliers.shown} rowKey={({ row }) => row.id} testId="outliers"
        columns={[
          {
            header: t.rowColumn,
            cell: ({ row, title }) => <EventRowCell eventId={row.id} periodKey={row.report} seq={row.seq} title={title} />,
          },
          { header: t.kindColumn, cell: ({ row }) => kindLabels[row.kind] },
          {
            header: t.whyColumn,
            cell: ({ reasons }) => (
              <PlainList items={reasons} itemKey={(reason) => reason.code + ('field' in reason ? reason.field : '')}>
                {reasonText}
              </PlainList>
            ),
          },
        ]}
      />
      {rest > 0 && <p className="muted">{t.more(rest)}</p>}
    </>
  );
}
