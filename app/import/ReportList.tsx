'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DataTable } from '@/app/_components/tables/DataTable';
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

  function deleteCell(report: ImportedReport) {
    const label = reportPeriodName(report.periodKey);
    if (confirming !== report.periodKey) {
      return (
        <button type="button" className="button" aria-label={`${importText.delete}: ${label}`} onClick={() => setConfirming(report.periodKey)}>
          {importText.delete}
        </button>
      );
    }
    return (
      <span className="confirm-delete">
        {importText.deleteConfirm(label)}{' '}
        <button type="button" className="button danger" onClick={() => remove(report)}>
          {importText.deleteYes}
        </button>{' '}
        <button type="button" className="button" onClick={() => setConfirming(null)}>
          {importText.cancel}
        </button>
      </span>
    );
  }

  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">{importText.reportsTitle}</h2>
      <p role="status" className="card-note">
        {status}
      </p>
      <DataTable
        rows={reports} rowKey={(report) => report.periodKey} rowProps={(report) => ({ 'data-period': report.periodKey })}
        testId="stored-reports" scroll empty={<p className="empty">{importText.noReports}</p>}
        columns={[
          { header: importText.period, className: 'nowrap', cell: (report) => reportPeriodName(report.periodKey) },
          { header: importText.sourceFile, cell: (report) => report.sourceFile },
          { header: importText.importedAt, className: 'nowrap', cell: (report) => formatDateTime(report.importedAt) },
          { header: importText.importedBy, cell: (report) => report.importedBy ?? importText.commandLine },
          { header: importText.eventCount, numeric: true, cell: (report) => report.events },
          { header: importText.actions, cell: (report) => deleteCell(report) },
        ]}
      />
    </section>
  );
}
