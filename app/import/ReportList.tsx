'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { importText } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ImportedReport } from '@/lib/queries/imports';
import { errorMessage } from './messages';
import { readError } from './post-form';

/** Stored reports; deleting one takes a second, explicit click. */
export function ReportList({ reports }: { reports: ImportedReport[] }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function remove(report: ImportedReport) {
    const response = await fetch(`/api/import/reports/${encodeURIComponent(report.periodKey)}`, { method: 'DELETE' }).catch(() => null);
    const body: unknown = await response?.json().catch(() => null);
    setConfirming(null);
    const error = readError(body);
    const failure = error.message ? `${errorMessage(error.error)} ${importText.technical}: ${error.message}` : errorMessage(error.error);
    setStatus(response?.ok ? importText.deleted(reportPeriodName(report.periodKey)) : failure);
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">{importText.reportsTitle}</h2>
      <p role="status" className="card-note">
        {status}
      </p>
      {reports.length === 0 ? (
        <p className="empty">{importText.noReports}</p>
      ) : (
        <div className="table-scroll">
          <table className="data" data-testid="stored-reports">
            <thead>
              <tr>
                <th scope="col">{importText.period}</th>
                <th scope="col">{importText.sourceFile}</th>
                <th scope="col">{importText.importedAt}</th>
                <th scope="col">{importText.importedBy}</th>
                <th scope="col" className="num">{importText.eventCount}</th>
                <th scope="col">{importText.actions}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => {
                const label = reportPeriodName(report.periodKey);
                return (
                  <tr key={report.periodKey} data-period={report.periodKey}>
                    <td className="nowrap">{label}</td>
                    <td>{report.sourceFile}</td>
                    <td className="nowrap">{formatDateTime(report.importedAt)}</td>
                    <td>{report.importedBy ?? importText.commandLine}</td>
                    <td className="num">{report.events}</td>
                    <td>
                      {confirming === report.periodKey ? (
                        <span className="confirm-delete">
                          {importText.deleteConfirm(label)}{' '}
                          <button type="button" className="button danger" onClick={() => remove(report)}>
                            {importText.deleteYes}
                          </button>{' '}
                          <button type="button" className="button" onClick={() => setConfirming(null)}>
                            {importText.cancel}
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="button" aria-label={`${importText.delete}: ${label}`} onClick={() => setConfirming(report.periodKey)}>
                          {importText.delete}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
