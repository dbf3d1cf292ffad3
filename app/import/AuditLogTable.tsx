import { DataTable } from '@/app/_components/tables/DataTable';
import type { AuditEntry } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { importText } from '@/lib/i18n/ru';

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{importText.auditTitle}</h2>
      <DataTable
        rows={entries} rowKey={(entry) => entry.id}
        testId="audit-log" scroll empty={<p className="empty">{importText.auditEmpty}</p>}
        columns={[
          { header: importText.auditAt, className: 'nowrap', cell: (entry) => formatDateTime(entry.at) },
          { header: importText.auditUser, cell: (entry) => entry.username },
          { header: importText.auditAction, cell: (entry) => importText.auditActions[entry.action] ?? entry.action },
          { header: importText.period, className: 'nowrap', cell: (entry) => entry.periodKey },
          { header: importText.sourceFile, cell: (entry) => entry.sourceFile ?? entry.detail ?? importText.empty },
          { header: importText.eventCount, numeric: true, cell: (entry) => entry.eventCount ?? importText.empty },
        ]}
      />
    </section>
  );
}
