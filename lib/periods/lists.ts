/**
 * A list of report periods in a sentence. Forty quarterly reports named one by one make a
 * paragraph that every chart subtitle repeats (and the page grows with every report stored): runs
 * of three or more consecutive quarters are named as a range, "I квартал 2016 г. – IV квартал
 * 2025 г.", and the rest one by one.
 */
import { runsOf } from './coverage';
import { compareReportPeriods, isQuarterKey, quartersBetween, sortReportPeriods } from './keys';

/** Shortest run of consecutive quarters named as a range; two are clearer named both. */
const RANGE_MIN = 3;

/** The report periods in time order, runs of consecutive quarters joined: "a – b, c, d". */
export function reportPeriodList(keys: Iterable<string>, name: (key: string) => string): string {
  const sorted = sortReportPeriods(keys);
  const quarterParts = runsOf(sorted.filter(isQuarterKey)).flatMap((run) => {
    const quarters = quartersBetween(run.from, run.to);
    return quarters.length >= RANGE_MIN ? [{ first: run.from, text: `${name(run.from)} – ${name(run.to)}` }] : quarters.map((quarter) => ({ first: quarter, text: name(quarter) }));
  });
  const otherParts = sorted.filter((key) => !isQuarterKey(key)).map((key) => ({ first: key, text: name(key) }));
  return [...quarterParts, ...otherParts]
    .sort((a, b) => compareReportPeriods(a.first, b.first))
    .map((part) => part.text)
    .join(', ');
}
