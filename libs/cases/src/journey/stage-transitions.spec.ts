import { CaseStage } from './case-stage';
import { canMove, nextStages, transitionRefusal } from './stage-transitions';

const ALL_STAGES = Object.values(CaseStage);
const BEFORE_VERDICT = [
  CaseStage.Reported,
  CaseStage.UnderInvestigation,
  CaseStage.SuspectCharged,
  CaseStage.AwaitingFirstHearing,
  CaseStage.AwaitingTrial,
  CaseStage.Trial,
];

describe('the case journey', () => {
  it('walks the main line from report to closure', () => {
    const mainLine = [
      CaseStage.Reported,
      CaseStage.UnderInvestigation,
      CaseStage.SuspectCharged,
      CaseStage.AwaitingFirstHearing,
      CaseStage.AwaitingTrial,
      CaseStage.Trial,
      CaseStage.Convicted,
      CaseStage.Sentenced,
      CaseStage.PostSentence,
      CaseStage.Closed,
    ];
    for (let index = 1; index < mainLine.length; index++)
      expect(canMove(mainLine[index - 1], mainLine[index])).toBe(true);
  });

  it('branches to no further action after investigation and to acquittal after trial, both then closing', () => {
    expect(canMove(CaseStage.UnderInvestigation, CaseStage.NoFurtherAction)).toBe(true);
    expect(canMove(CaseStage.Trial, CaseStage.Acquitted)).toBe(true);
    expect(nextStages(CaseStage.NoFurtherAction)).toEqual([CaseStage.Closed]);
    expect(nextStages(CaseStage.Acquitted)).toEqual([CaseStage.Closed]);
  });

  it('lets the victim withdraw at every stage before a verdict, and at none after', () => {
    for (const stage of ALL_STAGES) {
      expect({ stage, allowed: canMove(stage, CaseStage.WithdrawnByVictim) }).toEqual({
        stage,
        allowed: BEFORE_VERDICT.includes(stage),
      });
    }
  });

  it('convicts on a guilty plea without a trial, but never acquits without one', () => {
    expect(canMove(CaseStage.AwaitingFirstHearing, CaseStage.Convicted)).toBe(true);
    expect(canMove(CaseStage.AwaitingTrial, CaseStage.Convicted)).toBe(true);
    expect(canMove(CaseStage.AwaitingTrial, CaseStage.Acquitted)).toBe(false);
  });

  it('refuses skipping, going back, staying put and leaving closed', () => {
    expect(canMove(CaseStage.Reported, CaseStage.SuspectCharged)).toBe(false);
    expect(canMove(CaseStage.Reported, CaseStage.Trial)).toBe(false);
    expect(canMove(CaseStage.Sentenced, CaseStage.Convicted)).toBe(false);
    expect(canMove(CaseStage.Convicted, CaseStage.Acquitted)).toBe(false);
    for (const stage of ALL_STAGES) expect(canMove(stage, stage)).toBe(false);
    expect(nextStages(CaseStage.Closed)).toEqual([]);
  });

  it('can reach closed from every stage and never re-enters reported', () => {
    const reachable = (from: CaseStage, seen = new Set<CaseStage>()): Set<CaseStage> => {
      for (const next of nextStages(from)) if (!seen.has(next)) reachable(next, seen.add(next));
      return seen;
    };
    for (const stage of ALL_STAGES.filter((candidate) => candidate !== CaseStage.Closed)) {
      expect({ stage, closes: reachable(stage).has(CaseStage.Closed) }).toEqual({ stage, closes: true });
    }
    expect(ALL_STAGES.some((stage) => canMove(stage, CaseStage.Reported))).toBe(false);
  });
});

describe('refusing a transition', () => {
  it('says where the case can go instead', () => {
    expect(transitionRefusal(CaseStage.Convicted, CaseStage.WithdrawnByVictim)).toBe(
      'A case at stage convicted cannot move to withdrawn_by_victim; it can move to sentenced',
    );
    expect(transitionRefusal(CaseStage.Closed, CaseStage.Reported)).toBe(
      'A case at stage closed cannot move to reported; it can move to nothing: the case is closed',
    );
    expect(transitionRefusal(CaseStage.Reported, CaseStage.UnderInvestigation)).toBeNull();
  });
});
