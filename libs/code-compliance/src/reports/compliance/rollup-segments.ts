import { DateTime } from 'luxon';
import { dayOf, ReportPeriod } from '../report-filter';
import { RollupGrain } from './rollup-grain';

/** Rollup rows of one grain whose period starts from `from` to `to` (London dates, inclusive). */
export interface RollupSegment {
  readonly grain: RollupGrain;
  readonly from: string;
  readonly to: string;
}

const iso = (day: DateTime): string => day.toISODate()!;

/**
 * The fewest rollup rows that cover a date range exactly: the whole months (or weeks) inside it
 * from their own grain, and the days before the first and after the last whole one from the day
 * grain. A year-wide report by month reads twelve month rows per key; from 15 January, 17 days too.
 */
export function rollupSegments(from: string, to: string, period: ReportPeriod): RollupSegment[] {
  const unit = period === ReportPeriod.Month ? 'month' : 'week';
  const grain = period === ReportPeriod.Month ? RollupGrain.Month : RollupGrain.Week;
  const first = dayOf(from);
  const last = dayOf(to);
  const firstWhole = first.equals(first.startOf(unit)) ? first : first.endOf(unit).plus({ days: 1 }).startOf('day');
  const lastWholeEnd = last.equals(last.endOf(unit).startOf('day')) ? last : last.startOf(unit).minus({ days: 1 });
  if (firstWhole > lastWholeEnd) return [{ grain: RollupGrain.Day, from, to }];
  const segments: RollupSegment[] = [];
  if (first < firstWhole) segments.push({ grain: RollupGrain.Day, from, to: iso(firstWhole.minus({ days: 1 })) });
  segments.push({ grain, from: iso(firstWhole), to: iso(lastWholeEnd.startOf(unit)) });
  if (lastWholeEnd < last) segments.push({ grain: RollupGrain.Day, from: iso(lastWholeEnd.plus({ days: 1 })), to });
  return segments;
}

/** The start of every period the range touches, in order (the rows of the by-period breakdown). */
export function periodStarts(from: string, to: string, period: ReportPeriod): string[] {
  const unit = period === ReportPeriod.Month ? 'month' : 'week';
  const starts: string[] = [];
  for (let start = dayOf(from).startOf(unit); start <= dayOf(to); start = start.plus({ [`${unit}s`]: 1 })) {
    starts.push(iso(start));
  }
  return starts;
}
