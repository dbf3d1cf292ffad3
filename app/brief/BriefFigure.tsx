import type { ReactNode } from 'react';

/** A chart or the map of the справка: never split over pages; its body is what the Word file pictures. */
export function BriefFigure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <figure className="brief-figure" aria-labelledby={`brief-${id}`} data-testid={`brief-figure-${id}`}>
      <h2 id={`brief-${id}`}>{title}</h2>
      <div className="brief-figure-body" data-brief-figure={title}>
        {children}
      </div>
    </figure>
  );
}
