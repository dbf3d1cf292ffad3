import { loadCompareExportContext } from '@/lib/export/compare-context';
import { Card } from '@/app/_components/ui/Card';
import { loadPeriod, periodLabel, type PeriodData } from '@/lib/compare/periods';
import type { Filters } from '@/lib/filters/filters';
import { compareText as t } from '@/lib/i18n/ru';
import { isComplete, quarterRuns, spanCoverage, yearEarlier, type Coverage } from '@/lib/periods';
import { getDb } from '@/lib/queries/db';
import { FigureTable } from './FigureTable';

interface Props {
  b: PeriodData;
  /** The year-earlier view is shown only when every quarter of it has its report. */
  coverage: Coverage;
  filters: Filters;
}

/** Period B against the same quarters one year earlier, or a one-line note when their reports are not loaded. */
export function YearOverYear({ b, coverage, filters }: Props) {
  const range = yearEarlier(b.range);
  if (!isComplete(coverage, range)) {
    const missing = spanCoverage(coverage, range).missing;
    return (
      <p className="muted compare-yoy-note" data-testid="compare-yoy-note">
        {t.yoyMissing(missing.length > 0 ? quarterRuns(missing) : periodLabel(range))}
      </p>
    );
  }
  const db = getDb();
  const earlier = loadPeriod(db, filters, range);
  // The same figure table as above, of these two periods: its download is compare-figures of them.
  const context = loadCompareExportContext(db, filters, { a: range, b: b.range });
  return (
    <Card title={`${t.yoyTitle}: ${earlier.label}`} testId="compare-yoy" exportAs={{ figure: 'compare-figures', context }}>
      <FigureTable caption={t.yoyCaption} columns={{ a: earlier, b }} comparable={b.coverage.status === 'complete'} testIdPrefix="cmp-yoy" />
    </Card>
  );
}
