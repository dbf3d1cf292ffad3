import { loadCompareExportContext } from '@/app/_components/export/compare-context';
import { Card } from '@/app/_components/ui/Card';
import { loadPeriod, periodLabel, type PeriodData } from '@/lib/compare/periods';
import { previousYear, rangeHasData } from '@/lib/filters/compare';
import type { Filters } from '@/lib/filters/filters';
import { compareText as t } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { FigureTable } from './FigureTable';

interface Props {
  b: PeriodData;
  /** Quarters with events: the previous year is shown only when it holds data. */
  quarters: string[];
  filters: Filters;
}

/** Period B against the same quarters one year earlier, or a one-line note when they are not loaded. */
export function YearOverYear({ b, quarters, filters }: Props) {
  const range = previousYear(b.range);
  if (!rangeHasData(range, quarters)) {
    return (
      <p className="muted compare-yoy-note" data-testid="compare-yoy-note">
        {t.yoyMissing(periodLabel(range))}
      </p>
    );
  }
  const db = getDb();
  const earlier = loadPeriod(db, filters, range);
  // The same figure table as above, of these two periods: its download is compare-figures of them.
  const context = loadCompareExportContext(db, filters, { a: range, b: b.range });
  return (
    <Card title={`${t.yoyTitle}: ${earlier.label}`} testId="compare-yoy" exportAs={{ figure: 'compare-figures', context }}>
      <FigureTable caption={t.yoyCaption} columns={{ a: earlier, b }} testIdPrefix="cmp-yoy" />
    </Card>
  );
}
