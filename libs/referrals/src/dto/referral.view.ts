import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReferralLawfulBasis } from '../model/lawful-basis';
import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralSource } from '../model/referral-source';
import { ReferralState } from '../model/referral-state';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';

export class FirstContactView {
  @ApiProperty() targetWorkingDays!: number;
  @ApiProperty({ description: 'End of the last working day of the target (London time)' }) dueAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) madeAt!: Date | null;
  @ApiProperty({ description: 'Due and still not made' }) overdue!: boolean;
}

export class AllocationView {
  @ApiProperty({ description: 'The staff user id of the advocate' }) userId!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty() at!: Date;
}

export class TriageView {
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) proposedService!: SupportService;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService', isArray: true }) alsoRefer!: SupportService[];
  @ApiProperty() maracRecommended!: boolean;
  @ApiProperty() ruleId!: string;
  @ApiProperty() rulesVersion!: string;
  @ApiProperty({ type: [String] }) reasons!: string[];
}

/** What lists show: no free text, so a list reveals no one's story. */
export class ReferralSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ReferralSource, enumName: 'ReferralSource' }) source!: ReferralSource;
  @ApiProperty({ enum: ReferralState, enumName: 'ReferralState' }) state!: ReferralState;
  @ApiProperty() stateChangedAt!: Date;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty() victimId!: string;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ description: 'The organisation providing the service' }) organisationId!: string;
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel' }) riskLevel!: RiskLevel;
  @ApiProperty({ enum: ReferralConcern, enumName: 'ReferralConcern', isArray: true }) concerns!: ReferralConcern[];
  @ApiProperty() maracRecommended!: boolean;
  @ApiProperty({ type: FirstContactView }) firstContact!: FirstContactView;
  @ApiProperty({ nullable: true, type: AllocationView }) allocation!: AllocationView | null;
  @ApiProperty() referredByUserId!: string;
  @ApiProperty() referredByOrganisationId!: string;
}

export class ReferralRiskView {
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel' }) reportedLevel!: RiskLevel;
  @ApiProperty({ nullable: true, type: Number }) dashScore!: number | null;
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel', description: 'The higher of the two' }) level!: RiskLevel;
  @ApiProperty({ enum: ReferralConcern, enumName: 'ReferralConcern', isArray: true }) concerns!: ReferralConcern[];
  @ApiProperty() under18!: boolean;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
}

export class ReferralConsentView {
  @ApiProperty() given!: boolean;
  @ApiProperty({ enum: ReferralLawfulBasis, enumName: 'ReferralLawfulBasis', nullable: true })
  lawfulBasis!: ReferralLawfulBasis | null;
  @ApiProperty({ nullable: true, type: String }) justification!: string | null;
}

export class ReferralView extends ReferralSummaryView {
  @ApiProperty({ nullable: true, type: String }) crimeReference!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The case the referral was noted on' })
  caseId!: string | null;
  @ApiProperty({ nullable: true, type: String }) boroughCode!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ReferralRiskView }) risk!: ReferralRiskView;
  @ApiProperty({ enum: ReferralCircumstance, enumName: 'ReferralCircumstance', isArray: true })
  circumstances!: ReferralCircumstance[];
  @ApiProperty({ type: ReferralConsentView }) consent!: ReferralConsentView;
  @ApiProperty({ nullable: true, type: String }) safeContactNotes!: string | null;
  @ApiProperty({ type: TriageView }) triage!: TriageView;
  @ApiProperty({ nullable: true, type: String }) redirectedFromReferralId!: string | null;
}

export class ReferralTransitionView {
  @ApiProperty({ enum: ReferralState, enumName: 'ReferralState', nullable: true }) fromState!: ReferralState | null;
  @ApiProperty({ enum: ReferralState, enumName: 'ReferralState' }) toState!: ReferralState;
  @ApiProperty() at!: Date;
  @ApiProperty() actorUserId!: string;
  @ApiProperty() actorOrganisationId!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class ReferralDetailView extends ReferralView {
  @ApiProperty({ type: [ReferralTransitionView], description: 'Every step, oldest first' })
  history!: ReferralTransitionView[];
  @ApiProperty({ nullable: true, type: String, description: 'The referral this one was redirected into' })
  redirectedToReferralId!: string | null;
  @ApiPropertyOptional({ description: 'True when a service manager broke glass to read it' })
  breakGlass!: boolean;
}

export class ReferralPage {
  @ApiProperty({ type: [ReferralSummaryView] }) items!: ReferralSummaryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
