import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { coverageText } from '@/lib/i18n/ru';

interface Props {
  /** Null: not available ("н/д") — the period has no report, which is not zero. */
  value: number | null;
  /** Shown instead of the number, e.g. "18 %". */
  display?: string;
  label: string;
  /** Lines under the label, e.g. the change against the previous quarter. */
  extra?: ReactNode;
  /** Drill-down: the events behind the figure. */
  href?: string;
  testId?: string;
}

export function KeyFigure({ value, display, label, extra, href, testId }: Props) {
  const body = (
    <>
      <div className={value === null ? 'figure-value unavailable' : 'figure-value'} data-testid={testId}>
        {value === null ? coverageText.notAvailable : (display ?? formatNumber(value))}
      </div>
      <div className="figure-label">{label}</div>
      {extra}
    </>
  );
  return href && value !== null ? (
    <Link className="figure" href={href}>
      {body}
    </Link>
  ) : (
    <div className="figure">{body}</div>
  );
}
