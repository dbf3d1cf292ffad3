import Link from 'next/link';
import { common, twinsText as t } from '@/lib/i18n/ru';
import type { EventRef } from '@/lib/queries/duplicates';
import { formatDateRange } from '@/lib/format';

interface Props {
  self: { report: string; seq: number; isPrimary: boolean };
  twins: (EventRef & { isPrimary: boolean })[];
}

/** Every report row this real event came from, and which one the figures count. */
export function ReportRows({ self, twins }: Props) {
  if (twins.length === 0) return <p className="muted">{t.only}</p>;
  return (
    <ul className="report-rows" data-testid="report-rows">
      <li>
        {common.reportRow(self.report, self.seq)} — {t.thisRow}; {self.isPrimary ? t.shown : t.superseded}
      </li>
      {twins.map((twin) => (
        <li key={twin.id}>
          <Link href={`/events/${twin.id}`}>{common.reportRow(twin.report, twin.seq)}</Link>: «{twin.title}», {formatDateRange(twin.startDate, twin.endDate, 'day')} —{' '}
          {twin.isPrimary ? t.shown : t.superseded}
        </li>
      ))}
    </ul>
  );
}
