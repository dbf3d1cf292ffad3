/**
 * The figures that can be downloaded: each id names the files (`countries_2025-Q4.png`) and the
 * data route /api/export/[id]. Shared by server pages, the route handler and the client menus.
 */
export const FIGURE_IDS = [
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

export type FigureId = (typeof FIGURE_IDS)[number];

/** Tables have data downloads only; every other figure is also a picture. */
const TABLE_FIGURES: readonly FigureId[] = ['events', 'countries-table', 'spheres-table', 'places-table'];

export const DATA_FORMATS = ['xlsx', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export type FileFormat = DataFormat | 'png' | 'svg' | 'pptx';

export function isFigureId(value: string): value is FigureId {
  return (FIGURE_IDS as readonly string[]).includes(value);
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
