/** Which key figures the comparison's figure table lists, in order: shared by the page and its download. */
import type { KeyFigures } from '@/lib/queries/overview';

export type FigureKey = Exclude<keyof KeyFigures, 'eventsWithForeignCount'>;

const ALWAYS: FigureKey[] = ['events', 'partnerCountries', 'smeParticipations', 'eventsWithSme', 'documentsSigned', 'abroad', 'inRegion', 'remote'];

/** Foreign participants are listed only when a period's report gives them for some event. */
export function figureKeys(a: KeyFigures, b: KeyFigures): FigureKey[] {
  return a.eventsWithForeignCount > 0 || b.eventsWithForeignCount > 0 ? [...ALWAYS, 'foreignParticipants'] : ALWAYS;
}
