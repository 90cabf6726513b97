import { plainToInstance } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import { CaseEventType } from './case-event-type';

/**
 * The structured facts each event type carries in `details`, so that duties depending on them (a
 * Victim Contact Scheme referral after 12 months' custody, say) can be evaluated without parsing
 * prose. A type with no facts accepts no details.
 */
class NoDetails {}

class ChargeDecisionDetails {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  charges!: string[];
}

class ChargeChangeDetails {
  @IsIn(['dropped', 'altered'])
  change!: 'dropped' | 'altered';

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  charges?: string[];
}

class BailDetails {
  @IsIn(['conditional_bail', 'unconditional_bail', 'remanded_in_custody'])
  outcome!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  conditions?: string[];
}

export const SPECIAL_MEASURES = [
  'screens',
  'live_link',
  'evidence_in_private',
  'removal_of_wigs_and_gowns',
  'video_recorded_evidence_in_chief',
  'pre_recorded_cross_examination',
  'intermediary',
  'communication_aids',
] as const;

class SpecialMeasuresDetails {
  @IsBoolean()
  granted!: boolean;

  @IsOptional()
  @IsArray()
  @IsIn(SPECIAL_MEASURES, { each: true })
  measures?: string[];
}

class VerdictDetails {
  @IsIn(['convicted', 'acquitted'])
  outcome!: string;
}

class SentenceDetails {
  /** Months of immediate custody; absent for a community or other non-custodial sentence. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  custodialMonths?: number;

  @IsOptional()
  @IsBoolean()
  suspended?: boolean;

  @IsOptional()
  @IsBoolean()
  hospitalOrder?: boolean;
}

class AppealLodgedDetails {
  @IsIn(['conviction', 'sentence'])
  against!: string;
}

class AppealOutcomeDetails {
  @IsIn(['allowed', 'dismissed'])
  outcome!: string;
}

class RightToReviewRequestDetails {
  @IsIn(['police', 'crown_prosecution_service'])
  reviewedBy!: string;
}

class RightToReviewOutcomeDetails {
  @IsIn(['decision_upheld', 'decision_overturned'])
  outcome!: string;
}

class VictimInformedDetails {
  /** The event the victim was told of. */
  @IsUUID()
  aboutEventId!: string;

  /** Which victim, when the case has several. */
  @IsOptional()
  @IsUUID()
  victimId?: string;
}

const DETAILS_OF: Readonly<Record<CaseEventType, new () => object>> = {
  [CaseEventType.CrimeRecorded]: NoDetails,
  [CaseEventType.StageChanged]: NoDetails,
  [CaseEventType.WrittenConfirmationSent]: NoDetails,
  [CaseEventType.CompensationInformationGiven]: NoDetails,
  [CaseEventType.NeedsAssessmentDone]: NoDetails,
  [CaseEventType.ReferralSent]: NoDetails,
  [CaseEventType.SuspectArrested]: NoDetails,
  [CaseEventType.SuspectInterviewed]: NoDetails,
  [CaseEventType.SuspectReleased]: NoDetails,
  [CaseEventType.SuspectBailed]: BailDetails,
  [CaseEventType.ReleasedUnderInvestigation]: NoDetails,
  [CaseEventType.BailChanged]: BailDetails,
  [CaseEventType.DecisionNotToInvestigate]: NoDetails,
  [CaseEventType.DecisionToCharge]: ChargeDecisionDetails,
  [CaseEventType.DecisionNotToCharge]: NoDetails,
  [CaseEventType.ChargeDroppedOrAltered]: ChargeChangeDetails,
  [CaseEventType.VictimPersonalStatementOffered]: NoDetails,
  // Hearing events get their details from the hearing itself (see HearingsService).
  [CaseEventType.HearingListed]: NoDetails,
  [CaseEventType.HearingMoved]: NoDetails,
  [CaseEventType.HearingCancelled]: NoDetails,
  [CaseEventType.HearingOutcome]: NoDetails,
  [CaseEventType.RequiredToGiveEvidence]: NoDetails,
  [CaseEventType.SpecialMeasuresDecided]: SpecialMeasuresDetails,
  [CaseEventType.CourtBailOutcome]: BailDetails,
  [CaseEventType.Verdict]: VerdictDetails,
  [CaseEventType.Sentence]: SentenceDetails,
  [CaseEventType.AppealLodged]: AppealLodgedDetails,
  [CaseEventType.AppealOutcome]: AppealOutcomeDetails,
  [CaseEventType.VictimContactSchemeReferral]: NoDetails,
  [CaseEventType.RightToReviewRequested]: RightToReviewRequestDetails,
  [CaseEventType.RightToReviewOutcome]: RightToReviewOutcomeDetails,
  [CaseEventType.VictimInformed]: VictimInformedDetails,
  [CaseEventType.ProbationVictimContact]: NoDetails,
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with `details` for an event of `type` (empty when they fit; absent details are empty). */
export function eventDetailsProblems(type: CaseEventType, details: unknown): string[] {
  const shape = DETAILS_OF[type];
  if (details === undefined) details = {};
  if (!isPlainObject(details)) return ['details must be an object'];
  // NoDetails declares no rules at all, which class-validator would otherwise take for a mistake.
  const errors = validateSync(plainToInstance(shape, details), {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
  });
  return errors.flatMap((error) => Object.values(error.constraints ?? {}).map((message) => `details.${message}`));
}
