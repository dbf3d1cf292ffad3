'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { BriefData } from '@/lib/brief/types';
import { briefText as t } from '@/lib/i18n/ru';
import { downloadBriefDocx } from './brief-docx';

/** Print and Word buttons above the sheet; print CSS leaves the whole bar off paper. */
export function BriefToolbar({ brief, backHref }: { brief: BriefData; backHref: string }) {
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      await downloadBriefDocx(brief, document);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="brief-toolbar no-print" role="toolbar" aria-label={t.toolbar}>
      <Link href={backHref}>{t.back}</Link>
      <button type="button" className="button primary" onClick={() => window.print()}>
        {t.print}
      </button>
      <button type="button" className="button" onClick={download} disabled={status === 'busy'} aria-busy={status === 'busy'}>
        {status === 'busy' ? t.busy : t.docx}
      </button>
      <span role="status" className="export-status">
        {status === 'failed' ? t.failed : ''}
      </span>
    </div>
  );
}
