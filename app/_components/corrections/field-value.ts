import { formatDateRange, formatNumber } from '@/lib/format';
import { common, directionLabels, formatLabels, kindLabels, precisionLabels, statusLabels } from '@/lib/i18n/ru';

const LABELS: Record<string, Record<string, string>> = { kind: kindLabels, format: formatLabels, direction: directionLabels, datePrecision: precisionLabels, status: statusLabels };

/** A correctable field's value (as stored in `corrections`) as the pages show it. */
export function formatFieldValue(field: string, value: unknown, sphereNames: Map<string, string>): string {
  if (value === null || value === undefined) return common.notStated;
  if (typeof value === 'boolean') return value ? common.yes : common.no;
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  const text = String(value);
  if (field === 'sphere') return sphereNames.get(text) ?? text;
  if (field === 'startDate' || field === 'endDate') return formatDateRange(text, text, 'day');
  return LABELS[field]?.[text] ?? text;
}
