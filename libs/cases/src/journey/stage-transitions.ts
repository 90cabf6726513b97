import { CaseStage } from './case-stage';

/**
 * The stages a case may move to from `stage`. Beyond the main line of DOMAIN.md:
 * - a victim may withdraw at any stage before a verdict (not after no further action: nothing is pending);
 * - a guilty plea convicts without a trial, at the first hearing or later;
 * - the police may decide not to investigate at all (Victims' Code right 6);
 * - every outcome that ends the proceedings leads to `closed`, which ends the journey.
 */
export function nextStages(stage: CaseStage): readonly CaseStage[] {
  switch (stage) {
    case CaseStage.Reported:
      return [CaseStage.UnderInvestigation, CaseStage.NoFurtherAction, CaseStage.WithdrawnByVictim];
    case CaseStage.UnderInvestigation:
      return [CaseStage.NoFurtherAction, CaseStage.SuspectCharged, CaseStage.WithdrawnByVictim];
    case CaseStage.SuspectCharged:
      return [CaseStage.AwaitingFirstHearing, CaseStage.WithdrawnByVictim];
    case CaseStage.AwaitingFirstHearing:
      return [CaseStage.AwaitingTrial, CaseStage.Convicted, CaseStage.WithdrawnByVictim];
    case CaseStage.AwaitingTrial:
      return [CaseStage.Trial, CaseStage.Convicted, CaseStage.WithdrawnByVictim];
    case CaseStage.Trial:
      return [CaseStage.Acquitted, CaseStage.Convicted, CaseStage.WithdrawnByVictim];
    case CaseStage.Convicted:
      return [CaseStage.Sentenced];
    case CaseStage.Sentenced:
      return [CaseStage.PostSentence];
    case CaseStage.PostSentence:
    case CaseStage.NoFurtherAction:
    case CaseStage.Acquitted:
    case CaseStage.WithdrawnByVictim:
      return [CaseStage.Closed];
    case CaseStage.Closed:
      return [];
  }
}

export const canMove = (from: CaseStage, to: CaseStage): boolean => nextStages(from).includes(to);

/** Why a case at `from` cannot move to `to`, in words a partner's reviewer can act on; null when it can. */
export function transitionRefusal(from: CaseStage, to: CaseStage): string | null {
  if (canMove(from, to)) return null;
  const allowed = nextStages(from);
  const options = allowed.length === 0 ? 'nothing: the case is closed' : allowed.join(', ');
  return `A case at stage ${from} cannot move to ${to}; it can move to ${options}`;
}
