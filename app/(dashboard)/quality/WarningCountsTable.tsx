import { formatNumber } from '@/lib/format';
import { qualityText as t, warningLabels } from '@/lib/i18n/ru';
import type { WarningCount } from '@/lib/queries/quality';

/** How many warnings of each kind the filtered data carries. */
export function WarningCountsTable({ counts }: { counts: WarningCount[] }) {
  return (
    <table className="data" data-testid="warning-counts">
      <caption className="visually-hidden">{t.countsTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.code}</th>
          <th scope="col" className="num">{t.warnings}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.code} data-code={row.code}>
            <td>{warningLabels[row.code]}</td>
            <td className="num">{formatNumber(row.warnings)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
