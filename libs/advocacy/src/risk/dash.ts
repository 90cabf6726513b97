import { dashBand, DASH_QUESTION_COUNT, RiskLevel, riskRank } from '@vs/referrals';
import { RiskDowngradeRefusedError } from '../advocacy.errors';

export enum DashAnswer {
  Yes = 'yes',
  No = 'no',
  NotKnown = 'not_known',
}

export interface DashScore {
  /** The count of "yes" answers: the DASH score. */
  readonly yesCount: number;
  /** The level the count gives: 14+ high, 10-13 medium (local banding), else standard. */
  readonly countLevel: RiskLevel;
  /** The level recorded: the count's, or higher by professional judgement. */
  readonly level: RiskLevel;
  readonly professionalJudgement: boolean;
}

/**
 * Scores a DASH checklist. The assessor may raise the level by professional judgement, never lower
 * it below what the count gives: a lower `assessedLevel` is refused, not quietly ignored.
 */
export function scoreDash(answers: readonly DashAnswer[], assessedLevel?: RiskLevel): DashScore {
  if (answers.length !== DASH_QUESTION_COUNT)
    throw new RangeError(`A DASH checklist has ${DASH_QUESTION_COUNT} answers, not ${answers.length}`);
  const yesCount = answers.filter((answer) => answer === DashAnswer.Yes).length;
  const countLevel = dashBand(yesCount);
  const level = assessedLevel ?? countLevel;
  if (riskRank(level) < riskRank(countLevel)) throw new RiskDowngradeRefusedError(yesCount, countLevel, level);
  return { yesCount, countLevel, level, professionalJudgement: level !== countLevel };
}
