/** Which key figures the comparison's figure table lists, in order: shared by the page and its download. */
import type { KeyFigures } from '@/lib/queries/overview';

export type FigureKey = Exclude<keyof KeyFigures, 'foreignParticipants' | 'eventsWithForeignCount' | 'eventsWithForeignInRegion' | 'eventsWithForeignElsewhere'>;

const ALWAYS: FigureKey[] = ['events', 'partnerCountries', 'smeParticipations', 'eventsWithSme', 'documentsSigned', 'abroad', 'inRegion', 'remote'];

/**
 * Foreign participants are listed only when a period's report gives them for some event, split into
 * events the region hosted or received and events elsewhere (README, "Foreign participants").
 */
export function figureKeys(a: KeyFigures, b: KeyFigures): FigureKey[] {
  const keys = [...ALWAYS];
  if (a.eventsWithForeignInRegion > 0 || b.eventsWithForeignInRegion > 0) keys.push('foreignInRegion');
  if (a.eventsWithForeignElsewhere > 0 || b.eventsWithForeignElsewhere > 0) keys.push('foreignElsewhere');
  return keys;
}
