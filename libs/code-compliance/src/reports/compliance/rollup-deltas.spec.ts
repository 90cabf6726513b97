import { OffenceGroup } from '@vs/victims';
import { Agency, DeadlineSource } from '../../catalogue/duty-definition';
import { DutyStatus } from '../../catalogue/duty-evaluation';
import { RollupFacts, rollupDeltas } from './rollup-deltas';
import { RollupGrain } from './rollup-grain';

const referral = (overrides: Partial<RollupFacts> = {}): RollupFacts => ({
  // 23:30 on Sunday 2 March 2025 in London (GMT): a Sunday, in the week from Monday 24 February.
  triggeredAt: new Date('2025-03-02T23:30:00Z'),
  deadlineSource: DeadlineSource.Code,
  right: 4,
  dutyCode: 'R4_REFERRAL_TO_SUPPORT',
  agency: Agency.Police,
  boroughCode: 'E09000022',
  offenceGroup: OffenceGroup.DomesticAbuse,
  enhanced: true,
  status: DutyStatus.Pending,
  ...overrides,
});

describe('rollup deltas', () => {
  it('counts a new instance once in its London day, week and month', () => {
    const deltas = rollupDeltas([{ before: null, after: referral() }]);
    expect(deltas.map((delta) => [delta.grain, delta.periodStart, delta.counts.pending])).toEqual([
      ['day', '2025-03-02', 1],
      ['month', '2025-03-01', 1],
      ['week', '2025-02-24', 1],
    ]);
  });

  it('uses the London date across the clock change', () => {
    // 23:30 UTC on 30 March 2025 is 00:30 on 31 March in London (BST).
    const [day] = rollupDeltas([{ before: null, after: referral({ triggeredAt: new Date('2025-03-30T23:30:00Z') }) }]);
    expect(day.periodStart).toBe('2025-03-31');
  });

  it('moves a count from the old status to the new one', () => {
    const [day] = rollupDeltas([{ before: referral(), after: referral({ status: DutyStatus.Met }) }]);
    expect(day.counts).toMatchObject({ pending: -1, met: 1, breached: 0 });
  });

  it('moves an open duty between enhanced and standard when a re-assessment changes it', () => {
    const deltas = rollupDeltas([{ before: referral(), after: referral({ enhanced: false }) }]);
    expect(
      deltas
        .filter((delta) => delta.grain === RollupGrain.Day)
        .map((delta) => [delta.facts.enhanced, delta.counts.pending]),
    ).toEqual([
      [false, 1],
      [true, -1],
    ]);
  });

  it('leaves out rows whose moves cancel out', () => {
    expect(
      rollupDeltas([
        { before: referral(), after: referral({ status: DutyStatus.Met }) },
        { before: referral({ status: DutyStatus.Met }), after: referral() },
      ]),
    ).toEqual([]);
  });
});
