/** Signed changes for the comparison tables: "+40", "−3" (a true minus sign), "0"; "+267 %", or "—" from zero. */
import { formatNumber } from '@/lib/format';
import { compareText as t } from '@/lib/i18n/ru';

export function formatChange(diff: number): string {
  if (diff === 0) return '0';
  return `${diff > 0 ? '+' : '−'}${formatNumber(Math.abs(diff))}`;
}

/** `percent` from percentChange (lib/compare/change-level.ts). */
export function formatPercentChange(percent: number | undefined): string {
  if (percent === undefined) return t.notApplicable;
  return `${formatChange(percent)} %`;
}
