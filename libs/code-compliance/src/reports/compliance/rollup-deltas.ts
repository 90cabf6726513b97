import { DateTime } from 'luxon';
import { LONDON, londonDateOf } from '../../calendar/working-day-calendar';
import { DutyStatus } from '../../catalogue/duty-evaluation';
import { DutyInstance } from '../../entities/duty-instance.entity';
import { RollupGrain } from './rollup-grain';

/** What the rollup counts of one duty instance: where it falls, and its status. */
export type RollupFacts = Pick<
  DutyInstance,
  | 'triggeredAt'
  | 'deadlineSource'
  | 'right'
  | 'dutyCode'
  | 'agency'
  | 'boroughCode'
  | 'offenceGroup'
  | 'enhanced'
  | 'status'
>;

/** An instance as the rollup last counted it (null: not yet counted) and as it now stands. */
export interface RollupChange {
  readonly before: RollupFacts | null;
  readonly after: RollupFacts;
}

/** One rollup row's key and how its count of each status moves. */
export interface RollupDelta {
  readonly grain: RollupGrain;
  readonly periodStart: string;
  readonly facts: Omit<RollupFacts, 'triggeredAt' | 'status'>;
  readonly counts: Readonly<Record<DutyStatus, number>>;
}

const STATUSES = Object.values(DutyStatus);

function periodStartOf(grain: RollupGrain, day: string): string {
  switch (grain) {
    case RollupGrain.Day:
      return day;
    case RollupGrain.Week:
      return DateTime.fromISO(day, { zone: LONDON }).startOf('week').toISODate()!;
    case RollupGrain.Month:
      return `${day.slice(0, 7)}-01`;
  }
}

const keyOf = (grain: RollupGrain, periodStart: string, facts: RollupDelta['facts']): string =>
  [
    grain,
    periodStart,
    facts.deadlineSource,
    facts.right,
    facts.dutyCode,
    facts.agency,
    facts.boroughCode,
    facts.offenceGroup,
    facts.enhanced,
  ].join('|');

/**
 * The net moves of the rollup's rows for some instance changes, one row per grain. Rows whose moves
 * cancel out are left out, and the rest come in key order, so every writer locks rows in the same
 * order and two concurrent transactions cannot deadlock on them.
 */
export function rollupDeltas(changes: readonly RollupChange[]): RollupDelta[] {
  const deltas = new Map<
    string,
    { grain: RollupGrain; periodStart: string; facts: RollupDelta['facts']; counts: Record<DutyStatus, number> }
  >();
  const count = (facts: RollupFacts, by: number): void => {
    const day = londonDateOf(facts.triggeredAt);
    // Picked one by one: a caller may pass a whole DutyInstance.
    const keyFacts: RollupDelta['facts'] = {
      deadlineSource: facts.deadlineSource,
      right: facts.right,
      dutyCode: facts.dutyCode,
      agency: facts.agency,
      boroughCode: facts.boroughCode,
      offenceGroup: facts.offenceGroup,
      enhanced: facts.enhanced,
    };
    for (const grain of Object.values(RollupGrain)) {
      const periodStart = periodStartOf(grain, day);
      const key = keyOf(grain, periodStart, keyFacts);
      let delta = deltas.get(key);
      if (!delta) {
        delta = {
          grain,
          periodStart,
          facts: keyFacts,
          counts: Object.fromEntries(STATUSES.map((each) => [each, 0])) as Record<DutyStatus, number>,
        };
        deltas.set(key, delta);
      }
      delta.counts[facts.status] += by;
    }
  };
  for (const change of changes) {
    if (change.before) count(change.before, -1);
    count(change.after, 1);
  }
  return [...deltas.entries()]
    .filter(([, delta]) => STATUSES.some((status) => delta.counts[status] !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, delta]) => delta);
}
