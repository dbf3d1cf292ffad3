import type { FilterCoverage } from '@/lib/queries/coverage';

/**
 * The line a page prints above its figures when the chosen period does not rest on reports:
 * "Нет загруженных отчётов за I–II кв. 2025.", "За III кв. 2025 отчёт не загружен: …",
 * "Данные неполные: нет отчёта за III кв. 2025." Nothing when every quarter has its report.
 */
export function CoverageNotice({ coverage }: { coverage: FilterCoverage }) {
  // Nothing loaded at all: the page's empty state says so instead (emptyText).
  if (!coverage.note || coverage.status === 'empty') return null;
  return (
    <p role="status" className="notice coverage-warning" data-testid="coverage-notice">
      {coverage.note}
    </p>
  );
}

/** Nothing loaded for the period, or only rows of other reports: key figures read "н/д", not a count. */
export function figuresUnavailable(coverage: FilterCoverage): boolean {
  return coverage.status === 'empty' || coverage.status === 'unreported';
}

/** The empty state's text when the period has nothing loaded: "Нет загруженных отчётов за …", not "нет данных". */
export function emptyText(coverage: FilterCoverage): string | undefined {
  return coverage.status === 'empty' ? coverage.note : undefined;
}
