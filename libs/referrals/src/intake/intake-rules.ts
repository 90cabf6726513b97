import { FieldProblem } from '@vs/platform';
import { ADULT_AGE, isUnderAge } from '@vs/victims';
import { CreateReferralDto, ReferralRiskDto } from '../dto/create-referral.dto';
import { dashBand, higherRisk, RiskLevel } from '../model/risk';
import { TriageFacts } from '../triage/triage-rule';

/** The higher of the referrer's level and the band of the DASH score they sent: triage never routes lower. */
export const effectiveRisk = (risk: Pick<ReferralRiskDto, 'level' | 'dashScore'>): RiskLevel =>
  risk.dashScore === undefined ? risk.level : higherRisk(risk.level, dashBand(risk.dashScore));

/** What decorators on single fields cannot check. Field names as the validation pipe gives them. */
export function intakeProblems(dto: CreateReferralDto): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (dto.victim !== undefined && dto.victimId !== undefined)
    problems.push({ field: 'victim', messages: ['send either victim (a new record) or victimId, not both'] });
  if (!dto.consent.given && effectiveRisk(dto.risk) !== RiskLevel.High)
    problems.push({
      field: 'consent.given',
      messages: ['a referral without the victim’s consent may go ahead only at high risk, with the lawful basis'],
    });
  return problems;
}

/** What triage routes on; `dateOfBirth` is the victim's, when known. */
export function triageFactsOf(dto: CreateReferralDto, dateOfBirth: string | null, now: Date): TriageFacts {
  return {
    concerns: dto.risk.concerns,
    riskLevel: effectiveRisk(dto.risk),
    // The recorded date of birth decides when there is one; the referrer's word otherwise.
    under18: dateOfBirth === null ? dto.risk.under18 === true : isUnderAge(dateOfBirth, ADULT_AGE, now),
    circumstances: dto.circumstances ?? [],
  };
}
