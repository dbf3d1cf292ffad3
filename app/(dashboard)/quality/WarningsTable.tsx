import Link from 'next/link';
import { qualityText as t, warningLabels } from '@/lib/i18n/ru';
import { reportPeriodShort } from '@/lib/periods';
import type { WarningRow } from '@/lib/queries/quality';

/** Every import warning with the report, row and event it belongs to, and the report text it is about. */
export function WarningsTable({ warnings }: { warnings: WarningRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="warnings-table">
        <caption className="visually-hidden">{t.listTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.report}</th>
            <th scope="col" className="num">{t.row}</th>
            <th scope="col">{t.event}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.detail}</th>
          </tr>
        </thead>
        <tbody>
          {warnings.map((warning) => (
            <tr key={warning.id} data-testid="warning-row" data-code={warning.code}>
              <td className="nowrap">{reportPeriodShort(warning.report)}</td>
              <td className="num">{warning.seq ?? '—'}</td>
              <td>{warning.eventId === null ? t.wholeReport : <Link href={`/events/${warning.eventId}`}>{warning.title}</Link>}</td>
              <td className="warning-kind">{warningLabels[warning.code]}</td>
              <td className="source-snippet">{warning.location ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
