/**
 * The periods the compliance rollup counts by. Each change is counted once per grain, so a report
 * reads whole months (or weeks) as single rows and only the days at the edges of its range.
 */
export enum RollupGrain {
  Day = 'day',
  Week = 'week',
  Month = 'month',
}
