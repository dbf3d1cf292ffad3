import Link from 'next/link';
import { formatNumber } from '@/lib/format';

interface Props {
  value: number;
  label: string;
  /** Drill-down: the events behind the figure. */
  href?: string;
  testId?: string;
}

export function KeyFigure({ value, label, href, testId }: Props) {
  const body = (
    <>
      <div className="figure-value" data-testid={testId}>
        {formatNumber(value)}
      </div>
      <div className="figure-label">{label}</div>
    </>
  );
  return href ? (
    <Link className="figure" href={href}>
      {body}
    </Link>
  ) : (
    <div className="figure">{body}</div>
  );
}
