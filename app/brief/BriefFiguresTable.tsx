import { formatChange } from '@/app/(dashboard)/compare/change-format';
import type { BriefData } from '@/lib/brief/types';
import { formatNumber } from '@/lib/format';
import { briefText as t, compareText } from '@/lib/i18n/ru';

export function BriefFiguresTable({ brief }: { brief: BriefData }) {
  return (
    <>
      <table className="data brief-table">
        <thead>
          <tr>
            <th scope="col">{compareText.figure}</th>
            <th scope="col" className="num">
              {t.value}
            </th>
            {brief.changeHead && (
              <th scope="col" className="num">
                {brief.changeHead}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {brief.figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row">{figure.label}</th>
              <td className="num">{formatNumber(figure.value)}</td>
              {brief.changeHead && <td className="num">{formatChange(figure.change ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {brief.changeNote && <p className="brief-note">{brief.changeNote}</p>}
    </>
  );
}
