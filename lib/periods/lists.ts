/**
 * A list of report periods in a sentence. Forty quarterly reports named one by one make a
 * paragraph that every chart subtitle repeats (and the page grows with every report stored): runs
 * of three or more consecutive quarters are named as a range, "I квартал 2016 г. – IV квартал
 * 2025 г.", and the rest one by one.
 */
import { isQuarterKey, shiftQuarter, sortReportPeriods } from './keys';

/** Shortest run of consecutive quarters named as a range; two are clearer named both. */
const RANGE_MIN = 3;

/** The report periods, sorted, with runs of consecutive quarters joined: "a – b, c, d". */
export function reportPeriodList(keys: Iterable<string>, name: (key: string) => string): string {
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= RANGE_MIN) parts.push(`${name(run[0]!)} – ${name(run.at(-1)!)}`);
    else parts.push(...run.map(name));
    run = [];
  };
  for (const key of sortReportPeriods(keys)) {
    const continues = isQuarterKey(key) && run.length > 0 && shiftQuarter(run.at(-1)!, 1) === key;
    if (!continues) flush();
    if (isQuarterKey(key)) run.push(key);
    else parts.push(name(key));
  }
  flush();
  return parts.join(', ');
}
