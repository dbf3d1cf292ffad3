import type { ReactNode } from 'react';
import { ExportMenu } from '@/app/_components/export/ExportMenu';
import { exportAttributes, type ExportTarget } from '@/app/_components/export/export-target';

interface Props {
  title: string;
  note?: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Adds the "Скачать" menu: the card's figure as a picture and as data. */
  exportAs?: ExportTarget;
}

/** A titled panel for one chart, table or map. */
export function Card({ title, note, actions, children, testId, exportAs }: Props) {
  return (
    <section className="card" aria-label={title} data-testid={testId} {...(exportAs && exportAttributes(exportAs, title, note))}>
      <div className="card-head">
        <h2>{title}</h2>
        {exportAs ? (
          <div className="card-actions">
            {actions}
            <ExportMenu figure={exportAs.figure} title={title} query={exportAs.context.query} period={exportAs.context.period} />
          </div>
        ) : (
          actions
        )}
      </div>
      {note && <p className="card-note">{note}</p>}
      {children}
    </section>
  );
}
