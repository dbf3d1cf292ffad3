import Link from 'next/link';
import { reportPeriodShort } from '@/lib/periods';
import { qualityText as t, statusLabels } from '@/lib/i18n/ru';
import type { NotHeldEvent } from '@/lib/queries/quality';

/** Postponed and cancelled rows: stored with their report, left out of every "held" figure. */
export function NotHeldTable({ events }: { events: NotHeldEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="not-held-table">
        <caption className="visually-hidden">{t.notHeldTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.report}</th>
            <th scope="col" className="num">{t.row}</th>
            <th scope="col">{t.event}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.datesCell}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="not-held-row" data-status={event.status}>
              <td className="nowrap">{reportPeriodShort(event.report)}</td>
              <td className="num">{event.seq}</td>
              <td>
                <Link href={`/events/${event.id}`}>{event.title}</Link>
              </td>
              <td>{statusLabels[event.status]}</td>
              <td className="source-snippet">{event.datesText || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
