import { DataTable } from '@/app/_components/tables/DataTable';
import type { BriefData } from '@/lib/brief/types';
import { briefText as t } from '@/lib/i18n/ru';

export function BriefEventsTable({ brief }: { brief: BriefData }) {
  const c = t.columns;
  return (
    <DataTable
      rows={brief.events} rowKey={(_, index) => index}
      className="brief-table brief-events"
      columns={[
        { header: c.dates, width: '17%', cell: (event) => event.dates },
        { header: c.title, width: '45%', cell: (event) => event.title },
        { header: c.sphere, width: '14%', cell: (event) => event.sphere },
        { header: c.countries, width: '16%', cell: (event) => event.countries },
        { header: c.sme, width: '8%', numeric: true, cell: (event) => event.sme },
      ]}
    />
  );
}
