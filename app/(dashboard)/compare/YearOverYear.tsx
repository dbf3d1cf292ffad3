import { Card } from '@/app/_components/ui/Card';
import { previousYear, rangeHasData } from '@/lib/filters/compare';
import type { Filters } from '@/lib/filters/filters';
import { compareText as t } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { FigureTable } from './FigureTable';
import { loadPeriod, periodLabel, type PeriodData } from './comparison';

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
  const earlier = loadPeriod(getDb(), filters, range);
  return (
    <Card title={`${t.yoyTitle}: ${earlier.label}`} testId="compare-yoy">
      <FigureTable caption={t.yoyCaption} columns={{ a: earlier, b }} testIdPrefix="cmp-yoy" />
    </Card>
  );
}
