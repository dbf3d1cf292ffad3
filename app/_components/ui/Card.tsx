import type { ReactNode } from 'react';

interface Props {
  title: string;
  note?: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled panel for one chart, table or map. */
export function Card({ title, note, actions, children, testId }: Props) {
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <div className="card-head">
        <h2>{title}</h2>
        {actions}
      </div>
      {note && <p className="card-note">{note}</p>}
      {children}
    </section>
  );
}
