/**
 * A figure on a page marks itself as an export target with data attributes (id, title, subtitle,
 * note, source). The export menu and the presentation button read them back from the DOM, so a
 * page with the same figure twice (e.g. a comparison) exports each with its own period.
 */
import type { FigureId } from '@/lib/export/figure-ids';
import type { ExportContext } from '@/lib/export/context';

export interface ExportTarget {
  figure: FigureId;
  context: ExportContext;
}

export interface SlideText {
  title: string;
  subtitle: string;
  note?: string;
  source: string;
}

export function exportAttributes({ figure, context }: ExportTarget, title: string, note?: string): Record<string, string> {
  return {
    'data-export-id': figure,
    'data-export-title': title,
    'data-export-subtitle': context.subtitle,
    'data-export-source': context.source,
    ...(note ? { 'data-export-note': note } : {}),
  };
}

export function readSlideText(element: HTMLElement): SlideText {
  const data = element.dataset;
  return { title: data.exportTitle ?? '', subtitle: data.exportSubtitle ?? '', note: data.exportNote, source: data.exportSource ?? '' };
}

/** Targets of the given figures in the order asked, each figure's targets in page order. */
export function findTargets(figures: readonly FigureId[]): HTMLElement[] {
  return figures.flatMap((figure) => [...document.querySelectorAll<HTMLElement>(`[data-export-id="${figure}"]`)]);
}
