import type { BriefData } from '@/lib/brief/types';
import { briefText as t } from '@/lib/i18n/ru';

export function BriefEventsTable({ brief }: { brief: BriefData }) {
  const c = t.columns;
  return (
    <table className="data brief-table brief-events">
      <colgroup>
        <col style={{ width: '17%' }} />
        <col style={{ width: '45%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '16%' }} />
        <col style={{ width: '8%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{c.dates}</th>
          <th scope="col">{c.title}</th>
          <th scope="col">{c.sphere}</th>
          <th scope="col">{c.countries}</th>
          <th scope="col" className="num">
            {c.sme}
          </th>
        </tr>
      </thead>
      <tbody>
        {brief.events.map((event, index) => (
          <tr key={index}>
            <td>{event.dates}</td>
            <td>{event.title}</td>
            <td>{event.sphere}</td>
            <td>{event.countries}</td>
            <td className="num">{event.sme}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
