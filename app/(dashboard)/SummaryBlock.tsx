'use client';

import { useRef, useState } from 'react';
import { overviewText as t } from '@/lib/i18n/ru';

/** The generated summary, with a button that copies it for a letter or a report. */
export function SummaryBlock({ text, testId = 'overview-summary' }: { text: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  const paragraph = useRef<HTMLParagraphElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // The clipboard API needs HTTPS or localhost: select the text so Ctrl+C copies it.
      if (paragraph.current) window.getSelection()?.selectAllChildren(paragraph.current);
    }
  };
  return (
    <section className="summary" aria-label={t.summaryTitle}>
      <p ref={paragraph} data-testid={testId}>
        {text}
      </p>
      <button type="button" className="button" onClick={copy}>
        {copied ? t.copied : t.copy}
      </button>
    </section>
  );
}
