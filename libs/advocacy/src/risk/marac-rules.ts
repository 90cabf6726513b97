import { DateTime } from 'luxon';
import { DASH_VISIBLE_HIGH_RISK, RiskLevel } from '@vs/referrals';

/** Why a victim of domestic abuse should be referred to the local MARAC (DOMAIN.md). */
export enum MaracCriterion {
  /** 14 or more "yes" answers on the DASH checklist. */
  VisibleHighRisk = 'visible_high_risk',
  /** The assessor judged the risk high although the count did not. */
  ProfessionalJudgement = 'professional_judgement',
  /** 3 or more incidents in the last 12 months (a common local rule). */
  PotentialEscalation = 'potential_escalation',
  /** A new incident within 12 months of the last MARAC referral. */
  Repeat = 'repeat',
}

export const ESCALATION_INCIDENTS = 3;
export const REPEAT_WINDOW_MONTHS = 12;

export interface MaracFacts {
  readonly yesCount: number;
  readonly level: RiskLevel;
  readonly professionalJudgement: boolean;
  readonly incidentsInLast12Months: number;
  /** `YYYY-MM-DD` of the latest incident, when known. */
  readonly latestIncidentOn: string | null;
  /** `YYYY-MM-DD` of the victim's last MARAC referral, if any. */
  readonly lastMaracReferralOn: string | null;
}

function isRepeat(latestIncidentOn: string | null, lastReferralOn: string | null): boolean {
  if (latestIncidentOn === null || lastReferralOn === null) return false;
  const windowEnd = DateTime.fromISO(lastReferralOn).plus({ months: REPEAT_WINDOW_MONTHS }).toISODate()!;
  return latestIncidentOn > lastReferralOn && latestIncidentOn <= windowEnd;
}

/** Every MARAC criterion the facts meet; any one means the victim should be referred. */
export function maracCriteria(facts: MaracFacts): MaracCriterion[] {
  const met: MaracCriterion[] = [];
  if (facts.yesCount >= DASH_VISIBLE_HIGH_RISK) met.push(MaracCriterion.VisibleHighRisk);
  if (facts.professionalJudgement && facts.level === RiskLevel.High) met.push(MaracCriterion.ProfessionalJudgement);
  if (facts.incidentsInLast12Months >= ESCALATION_INCIDENTS) met.push(MaracCriterion.PotentialEscalation);
  if (isRepeat(facts.latestIncidentOn, facts.lastMaracReferralOn)) met.push(MaracCriterion.Repeat);
  return met;
}
