/**
 * The content of a "справка": one plain, serialisable object that the print page renders and the
 * Word builder (lib/brief/docx.ts) writes, so the page and the file never differ.
 */
export interface BriefFigure {
  key: string;
  label: string;
  value: number;
  /** Against the previous quarter, when it is covered by a stored report. */
  change?: number;
}

export interface BriefEvent {
  dates: string;
  title: string;
  sphere: string;
  countries: string;
  sme: string;
}

export interface BriefData {
  title: string;
  region: string;
  periodLabel: string;
  filtersLabel: string;
  preparedOn: string;
  coverage: string;
  /** Column head of the changes ("Изменение к III кв. 2025"), or why there are none. */
  changeHead?: string;
  changeNote?: string;
  figures: BriefFigure[];
  summary: string;
  events: BriefEvent[];
  eventsNote: string;
  /** File-name part: "2025-Q4". */
  filePeriod: string;
}

/** Pictures of the page's charts, as PNG bytes with their pixel size. */
export interface BriefImage {
  title: string;
  data: Uint8Array;
  width: number;
  height: number;
}
