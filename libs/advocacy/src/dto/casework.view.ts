import { ApiProperty } from '@nestjs/swagger';
import { ReferralView, RiskLevel } from '@vs/referrals';
import { ClosureOutcome, NeedArea, NeedStatus } from '../model/casework';
import { ContactMethod, ContactOutcome } from '../model/contact';
import { DashAnswer } from '../risk/dash';
import { MaracCriterion } from '../risk/marac-rules';
import { LeadAdvocateView } from './allocation.dto';

export class ContactView {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: Date;
  @ApiProperty({ enum: ContactMethod, enumName: 'ContactMethod' }) method!: ContactMethod;
  @ApiProperty({ enum: ContactOutcome, enumName: 'ContactOutcome' }) outcome!: ContactOutcome;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() recordedByUserId!: string;
  @ApiProperty() recordedAt!: Date;
}

export class RiskAssessmentView {
  @ApiProperty() id!: string;
  @ApiProperty() assessedAt!: Date;
  @ApiProperty({ enum: DashAnswer, enumName: 'DashAnswer', isArray: true }) answers!: DashAnswer[];
  @ApiProperty({ description: 'The DASH score: the count of "yes" answers' }) yesCount!: number;
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel' }) countLevel!: RiskLevel;
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel' }) level!: RiskLevel;
  @ApiProperty() professionalJudgement!: boolean;
  @ApiProperty({ nullable: true, type: String }) upliftReason!: string | null;
  @ApiProperty() incidentsInLast12Months!: number;
  @ApiProperty({ nullable: true, type: String }) latestIncidentOn!: string | null;
  @ApiProperty({ enum: MaracCriterion, enumName: 'MaracCriterion', isArray: true }) maracCriteria!: MaracCriterion[];
  @ApiProperty({ description: 'At least one MARAC criterion is met: refer the victim to the MARAC' })
  maracReferralRequired!: boolean;
}

export class MaracReferralView {
  @ApiProperty() id!: string;
  @ApiProperty() referralId!: string;
  @ApiProperty() referredOn!: string;
  @ApiProperty({ enum: MaracCriterion, enumName: 'MaracCriterion', isArray: true }) criteria!: MaracCriterion[];
}

export class SafetyPlanView {
  @ApiProperty() plan!: string;
  @ApiProperty({ nullable: true, type: String }) reviewOn!: string | null;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class NeedView {
  @ApiProperty({ enum: NeedArea, enumName: 'NeedArea' }) area!: NeedArea;
  @ApiProperty({ enum: NeedStatus, enumName: 'NeedStatus' }) status!: NeedStatus;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class NoteView {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty() authorUserId!: string;
  @ApiProperty() createdAt!: Date;
}

export class TaskView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ nullable: true, type: Date }) completedAt!: Date | null;
  @ApiProperty() version!: number;
}

export class ClosureView {
  @ApiProperty({ enum: ClosureOutcome, enumName: 'ClosureOutcome' }) outcome!: ClosureOutcome;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty() closedByUserId!: string;
  @ApiProperty() closedAt!: Date;
}

/** Everything recorded on a referral's casework, for the advocate working it. */
export class CaseworkView {
  @ApiProperty({ type: ReferralView }) referral!: ReferralView;
  @ApiProperty({ nullable: true, type: LeadAdvocateView }) lead!: LeadAdvocateView | null;
  @ApiProperty({ type: [ContactView], description: 'Oldest first' }) contacts!: ContactView[];
  @ApiProperty({ type: [RiskAssessmentView], description: 'Newest first' }) riskAssessments!: RiskAssessmentView[];
  @ApiProperty({ type: [MaracReferralView], description: 'The victim’s MARAC referrals, newest first' })
  maracReferrals!: MaracReferralView[];
  @ApiProperty({ nullable: true, type: SafetyPlanView }) safetyPlan!: SafetyPlanView | null;
  @ApiProperty({ type: [NeedView] }) needs!: NeedView[];
  @ApiProperty({ type: [TaskView], description: 'Open first, by due date' }) tasks!: TaskView[];
  @ApiProperty({ type: [NoteView], description: 'Oldest first' }) notes!: NoteView[];
  @ApiProperty({ nullable: true, type: ClosureView }) closure!: ClosureView | null;
}
