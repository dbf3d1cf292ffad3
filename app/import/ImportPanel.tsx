'use client';

import { useRouter } from 'next/navigation';
import { useState, type DragEvent } from 'react';
import { formatEventCount } from '@/lib/format';
import { importText } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ImportApiError } from '@/lib/import/api';
import type { ReportPreview } from '@/lib/import/preview';
import { errorMessage } from './messages';
import { postForm } from './post-form';
import { PreviewView } from './PreviewView';

interface Previewed {
  file: File;
  contentHash: string;
  /** The stored report the preview was compared with; the confirm is refused if it changed. */
  basis: string;
  preview: ReportPreview;
}

type State =
  | { step: 'idle'; message?: string }
  | { step: 'busy'; label: string }
  | { step: 'preview'; previewed: Previewed }
  | { step: 'error'; message: string; detail?: string };

const failed = (error: ImportApiError): State => ({ step: 'error', message: errorMessage(error.error, error.limitBytes), detail: error.message });

/** Upload → preview → confirm or cancel. The file stays in the browser between the two requests. */
export function ImportPanel() {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);

  async function preview(file: File) {
    setState({ step: 'busy', label: importText.reading });
    const form = new FormData();
    form.set('file', file);
    const result = await postForm('/api/import/preview', form);
    if (!result.ok) return setState(failed(result.error));
    setState({ step: 'preview', previewed: { file, contentHash: result.body.contentHash, basis: result.body.basis, preview: result.body.preview } });
  }

  async function confirm({ file, contentHash, basis, preview: shown }: Previewed) {
    setState({ step: 'busy', label: importText.storing });
    const form = new FormData();
    form.set('file', file);
    form.set('contentHash', contentHash);
    form.set('basis', basis);
    const result = await postForm('/api/import/confirm', form);
    if (!result.ok) return setState(failed(result.error));
    const { outcome, eventCount } = result.body;
    const period = reportPeriodName(shown.periodKey);
    const message = outcome === 'unchanged' ? importText.outcome.unchanged(period) : importText.outcome[outcome](period, formatEventCount(eventCount));
    setState({ step: 'idle', message });
    router.refresh();
  }

  function drop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void preview(file);
  }

  return (
    <section className="card import-panel" aria-labelledby="upload-title">
      <h2 id="upload-title" className="visually-hidden">
        {importText.uploadTitle}
      </h2>
      {state.step !== 'preview' && (
        <label
          className={dragging ? 'dropzone dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <span>{importText.dropLabel}</span>
          <span className="button" aria-hidden="true">
            {importText.chooseFile}
          </span>
          <input
            className="visually-hidden"
            type="file"
            name="file"
            accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            aria-label={importText.fileInputLabel}
            disabled={state.step === 'busy'}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void preview(file);
            }}
          />
        </label>
      )}
      <div role="status" aria-live="polite" data-testid="import-status">
        {state.step === 'busy' && <p>{state.label}</p>}
        {state.step === 'idle' && state.message && <p className="form-ok">{state.message}</p>}
      </div>
      {state.step === 'error' && (
        <div role="alert" className="form-error" data-testid="import-error">
          <p>{state.message}</p>
          {state.detail && (
            <p className="card-note">
              {importText.technical}: {state.detail}
            </p>
          )}
        </div>
      )}
      {state.step === 'preview' && (
        <PreviewView
          fileName={state.previewed.file.name}
          preview={state.previewed.preview}
          onConfirm={() => void confirm(state.previewed)}
          onCancel={() => setState({ step: 'idle', message: importText.cancelled })}
        />
      )}
    </section>
  );
}
