/**
 * The figures that can be downloaded: each id names the files (`countries_2025-Q4.png`) and the
 * data route /api/export/[id]. Shared by server pages, the route handler and the client menus.
 */
const PAGE_FIGURE_IDS = [
  'trend',
  'countries-top',
  'countries',
  'regions',
  'spheres',
  'sme-spheres',
  'sme-countries',
  'sme-quarters',
  'sme-kinds',
  'places',
  'map',
  'events',
  'countries-table',
  'spheres-table',
  'places-table',
] as const;

/** Figures of the comparison page: their rows hold both periods, chosen by the a/b query parameters. */
const COMPARE_FIGURE_IDS = ['compare-figures', 'compare-spheres', 'compare-countries', 'compare-sme-spheres', 'compare-sme-countries', 'compare-map', 'compare-levels'] as const;

export const FIGURE_IDS = [...PAGE_FIGURE_IDS, ...COMPARE_FIGURE_IDS] as const;

export type PageFigureId = (typeof PAGE_FIGURE_IDS)[number];
export type CompareFigureId = (typeof COMPARE_FIGURE_IDS)[number];
export type FigureId = PageFigureId | CompareFigureId;

/** Tables have data downloads only; every other figure is also a picture. */
const TABLE_FIGURES: readonly FigureId[] = ['events', 'countries-table', 'spheres-table', 'places-table', 'compare-figures', 'compare-levels'];

export const DATA_FORMATS = ['xlsx', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export type FileFormat = DataFormat | 'png' | 'svg' | 'pptx';

export function isFigureId(value: string): value is FigureId {
  return (FIGURE_IDS as readonly string[]).includes(value);
}

export function isCompareFigure(figure: FigureId): figure is CompareFigureId {
  return (COMPARE_FIGURE_IDS as readonly string[]).includes(figure);
}

export function hasPicture(figure: FigureId): boolean {
  return !TABLE_FIGURES.includes(figure);
}

/** "countries_2025-Q4.png"; `period` is the file-name part of the export context ("2025-Q3_2025-Q4", "all"). */
export function exportFileName(base: string, period: string, format: FileFormat): string {
  return `${base}_${period}.${format}`;
}

/** Query parameter of the file format ("format" is a filter: the events' format). */
export const FILE_PARAM = 'file';

/** The data route of a figure with the page's filters. */
export function dataHref(figure: FigureId, query: string, format: DataFormat): string {
  const params = new URLSearchParams(query);
  params.set(FILE_PARAM, format);
  return `/api/export/${figure}?${params.toString()}`;
}
