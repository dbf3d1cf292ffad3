'use client';

import { DataTable } from '@/app/_components/tables/DataTable';
import { formatDateTime, formatEventCount } from '@/lib/format';
import { importText, warningLabels } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ReportPreview } from '@/lib/import/preview';
import { CorrectionsPreview } from './CorrectionsPreview';
import { MergesPreview } from './MergesPreview';
import { DiffView } from './DiffView';
import { RowAccountView } from './RowAccountView';

interface Props {
  fileName: string;
  preview: ReportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}

export function PreviewView({ fileName, preview, onConfirm, onCancel }: Props) {
  const { existing } = preview;
  return (
    <div className="import-preview" data-testid="import-preview">
      <h2>{importText.previewTitle(reportPeriodName(preview.periodKey))}</h2>
      <dl className="fields">
        <dt>{importText.file}</dt>
        <dd>{fileName}</dd>
        <dt>{importText.events}</dt>
        <dd data-testid="preview-event-count">{preview.eventCount}</dd>
      </dl>
      <RowAccountView account={preview.account} />
      <p className="summary-line" data-testid="preview-existing">
        {existing === null
          ? importText.newPeriod
          : existing.sameContent
            ? importText.sameContent
            : importText.existing(existing.sourceFile, formatDateTime(existing.importedAt), existing.importedBy ?? importText.commandLine)}
      </p>
      <h3>{importText.bySphere}</h3>
      <DataTable
        rows={preview.spheres} rowKey={(sphere) => sphere.name}
        testId="preview-spheres"
        columns={[
          { header: importText.sphere, cell: (sphere) => sphere.name },
          { header: importText.events, numeric: true, cell: (sphere) => sphere.count },
        ]}
      />
      <h3>
        {importText.warningsTitle} ({preview.warnings.length})
      </h3>
      <DataTable
        rows={preview.warnings} rowKey={(_, i) => i}
        testId="preview-warnings" scroll={{ className: 'preview-warnings' }} empty={<p>{importText.noWarnings}</p>}
        columns={[
          { header: importText.row, cellProps: () => ({ className: 'num' }), cell: (warning) => warning.seq ?? importText.wholeReport },
          { header: importText.kind, cell: (warning) => warningLabels[warning.code] },
          { header: importText.detail, cell: (warning) => warning.where ?? warning.message },
        ]}
      />
      {preview.diff && existing && !existing.sameContent && <DiffView diff={preview.diff} />}
      {preview.corrections.length > 0 && <CorrectionsPreview outcomes={preview.corrections} />}
      {preview.merges.length > 0 && <MergesPreview outcomes={preview.merges} />}
      <p className="import-actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          {importText.confirm} ({formatEventCount(preview.eventCount)})
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {importText.cancel}
        </button>
      </p>
    </div>
  );
}
