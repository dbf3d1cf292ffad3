'use client';

import { formatDateTime, formatEventCount } from '@/lib/format';
import { importText, warningLabels } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ReportPreview } from '@/lib/import/preview';
import { CorrectionsPreview } from './CorrectionsPreview';
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
      <table className="data" data-testid="preview-spheres">
        <thead>
          <tr>
            <th scope="col">{importText.sphere}</th>
            <th scope="col" className="num">{importText.events}</th>
          </tr>
        </thead>
        <tbody>
          {preview.spheres.map((sphere) => (
            <tr key={sphere.name}>
              <td>{sphere.name}</td>
              <td className="num">{sphere.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {importText.warningsTitle} ({preview.warnings.length})
      </h3>
      {preview.warnings.length === 0 ? (
        <p>{importText.noWarnings}</p>
      ) : (
        <div className="table-scroll preview-warnings">
          <table className="data" data-testid="preview-warnings">
            <thead>
              <tr>
                <th scope="col">{importText.row}</th>
                <th scope="col">{importText.kind}</th>
                <th scope="col">{importText.detail}</th>
              </tr>
            </thead>
            <tbody>
              {preview.warnings.map((warning, i) => (
                <tr key={i}>
                  <td className="num">{warning.seq ?? importText.wholeReport}</td>
                  <td>{warningLabels[warning.code]}</td>
                  <td>{warning.where ?? warning.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.diff && existing && !existing.sameContent && <DiffView diff={preview.diff} />}
      {preview.corrections.length > 0 && <CorrectionsPreview outcomes={preview.corrections} />}
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
