import type { AuditEntry } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { importText } from '@/lib/i18n/ru';

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{importText.auditTitle}</h2>
      {entries.length === 0 ? (
        <p className="empty">{importText.auditEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data" data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">{importText.auditAt}</th>
                <th scope="col">{importText.auditUser}</th>
                <th scope="col">{importText.auditAction}</th>
                <th scope="col">{importText.period}</th>
                <th scope="col">{importText.sourceFile}</th>
                <th scope="col" className="num">{importText.eventCount}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(entry.at)}</td>
                  <td>{entry.username}</td>
                  <td>{importText.auditActions[entry.action] ?? entry.action}</td>
                  <td className="nowrap">{entry.periodKey}</td>
                  <td>{entry.sourceFile ?? entry.detail ?? importText.empty}</td>
                  <td className="num">{entry.eventCount ?? importText.empty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
