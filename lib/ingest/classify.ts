/**
 * Rule-based classification of an event's kind, format, direction and signed documents.
 * Every rule has an id; `explainClassification` lists the rules that fired on a row, and
 * scripts/classify-rule-counts.ts counts them over a report. Cells arrive normalised
 * (lib/ingest/normalise.ts); matching is on lowercased text with ё as е.
 *
 * The rules live in kind.ts, event-format.ts, direction.ts and agreements.ts, each with its
 * definitions in its header comment.
 */
import { detectAgreementSigned } from './agreements';
import { classifyDirection } from './direction';
import { classifyFormat } from './event-format';
import { classifyKind } from './kind';
import type { Direction, EventFormat, EventKind, ResolvedPlace } from './types';

export { detectAgreementSigned } from './agreements';
export { classifyDirection, isAway } from './direction';
export { classifyFormat } from './event-format';
export { classifyKind } from './kind';

export interface ClassifyInput {
  title: string;
  placeCell: string;
  goal: string;
  participants: string;
  places: ResolvedPlace[];
  remotePlace: boolean;
  /** The event's start year, to tell a document signed years before. */
  year?: number;
}

export interface Classification {
  kind: EventKind;
  format: EventFormat;
  direction: Direction;
  agreementSigned: boolean;
}

export function classifyEvent(input: ClassifyInput, trace?: string[]): Classification {
  const kind = classifyKind(input.title, trace);
  const rowText = [input.title, input.placeCell, input.goal, input.participants].join('\n');
  return {
    kind,
    format: classifyFormat({ remotePlace: input.remotePlace, title: input.title, otherText: [input.goal, input.participants].join('\n'), rowText }, trace),
    direction: classifyDirection({ places: input.places, placeCell: input.placeCell, title: input.title, kind }, trace),
    agreementSigned: detectAgreementSigned(rowText, input.year, trace),
  };
}

/** The ids of the rules that fired on a row, in the order they were applied. */
export function explainClassification(input: ClassifyInput): string[] {
  const trace: string[] = [];
  classifyEvent(input, trace);
  return trace;
}
