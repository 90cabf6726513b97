/** Risk of serious harm, in the bands the DASH checklist uses. */
export enum RiskLevel {
  Standard = 'standard',
  Medium = 'medium',
  High = 'high',
}

const ORDER: readonly RiskLevel[] = [RiskLevel.Standard, RiskLevel.Medium, RiskLevel.High];

export const riskRank = (level: RiskLevel): number => ORDER.indexOf(level);

export const higherRisk = (a: RiskLevel, b: RiskLevel): RiskLevel => (riskRank(a) >= riskRank(b) ? a : b);

/** The 24 questions of the DASH risk checklist. */
export const DASH_QUESTION_COUNT = 24;
/** 14 or more "yes" answers is visible high risk. */
export const DASH_VISIBLE_HIGH_RISK = 14;
/** Local banding: 10 to 13 is medium, below 10 standard. */
export const DASH_MEDIUM_RISK = 10;

/** The level a DASH count of "yes" answers gives on its own. */
export function dashBand(yesCount: number): RiskLevel {
  if (yesCount >= DASH_VISIBLE_HIGH_RISK) return RiskLevel.High;
  return yesCount >= DASH_MEDIUM_RISK ? RiskLevel.Medium : RiskLevel.Standard;
}

/** What a referral is about; triage routes on these. */
export enum ReferralConcern {
  DomesticAbuse = 'domestic_abuse',
  SexualViolence = 'sexual_violence',
  HateCrime = 'hate_crime',
  Stalking = 'stalking',
}
