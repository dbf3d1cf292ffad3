import { formatChange } from '@/lib/compare/change-format';
import { DataTable } from '@/app/_components/tables/DataTable';
import type { BriefData } from '@/lib/brief/types';
import { formatNumber } from '@/lib/format';
import { briefText as t, compareText } from '@/lib/i18n/ru';

export function BriefFiguresTable({ brief }: { brief: BriefData }) {
  return (
    <>
      <DataTable
        rows={brief.figures} rowKey={(figure) => figure.key}
        className="brief-table"
        columns={[
          { header: compareText.figure, rowHeader: true, cell: (figure) => figure.label },
          { header: t.value, numeric: true, cell: (figure) => formatNumber(figure.value) },
          brief.changeHead ? { header: brief.changeHead, numeric: true, cell: (figure) => formatChange(figure.change ?? 0) } : false,
        ]}
      />
      {brief.changeNote && <p className="brief-note">{brief.changeNote}</p>}
    </>
  );
}
