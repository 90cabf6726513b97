import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ReferralState, RiskLevel, SupportService } from '@vs/referrals';
import { AdvocateType } from '../model/advocate-type';
import { MaracCriterion } from '../risk/marac-rules';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Service managers: an advocate of your service (staff user id)' })
  @IsOptional()
  @IsUUID()
  advocateUserId?: string;
}

export enum DueKind {
  FirstContact = 'first_contact',
  Task = 'task',
  SafetyPlanReview = 'safety_plan_review',
}

export class DueView {
  @ApiProperty({ enum: DueKind, enumName: 'DueKind' }) what!: DueKind;
  @ApiProperty() at!: Date;
  @ApiProperty() overdue!: boolean;
}

export class CaseloadRiskView {
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel' }) level!: RiskLevel;
  @ApiProperty({ description: 'risk_assessment: the latest DASH; referral: the referral’s, none done yet' })
  source!: 'risk_assessment' | 'referral';
  @ApiProperty({ enum: MaracCriterion, enumName: 'MaracCriterion', isArray: true }) maracCriteria!: MaracCriterion[];
  @ApiProperty() maracRecommended!: boolean;
}

export class CaseloadItemView {
  @ApiProperty() referralId!: string;
  @ApiProperty() referralVersion!: number;
  @ApiProperty() victimId!: string;
  @ApiProperty() givenNames!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ enum: ReferralState, enumName: 'ReferralState' }) state!: ReferralState;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ type: CaseloadRiskView }) risk!: CaseloadRiskView;
  @ApiProperty({ nullable: true, type: DueView, description: 'The soonest thing due' }) nextDue!: DueView | null;
  @ApiProperty() openTasks!: number;
  @ApiProperty({ nullable: true, type: Date }) lastContactAt!: Date | null;
  @ApiProperty() receivedAt!: Date;
}

export class CaseloadView {
  @ApiProperty() advocateUserId!: string;
  @ApiProperty({ type: [CaseloadItemView], description: 'Highest risk first, then what is due soonest' })
  items!: CaseloadItemView[];
}

export class AdvocateLoadView {
  @ApiProperty() advocateId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty({ enum: AdvocateType, enumName: 'AdvocateType' }) type!: AdvocateType;
  @ApiProperty() workingHoursFraction!: number;
  @ApiProperty() caseloadCapacity!: number;
  @ApiProperty() activeCases!: number;
  @ApiProperty({ description: 'activeCases / caseloadCapacity' }) loadRatio!: number;
  @ApiProperty() overCapacity!: boolean;
}

export class WaitingView {
  @ApiProperty() received!: number;
  @ApiProperty() triaged!: number;
  @ApiProperty({ nullable: true, type: Date }) oldestReceivedAt!: Date | null;
}

export class DashboardReferralView {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: ReferralState, enumName: 'ReferralState' }) state!: ReferralState;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ nullable: true, type: String }) allocatedUserId!: string | null;
  @ApiProperty() firstContactDueAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) lastContactAt!: Date | null;
}

export class DashboardListView {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [DashboardReferralView], description: 'The most urgent first (at most 100)' })
  referrals!: DashboardReferralView[];
}

export class ServiceDashboardView {
  @ApiProperty() organisationId!: string;
  @ApiProperty() generatedAt!: Date;
  @ApiProperty({ type: [AdvocateLoadView] }) advocates!: AdvocateLoadView[];
  @ApiProperty({ type: WaitingView, description: 'Referrals waiting for triage or allocation' }) waiting!: WaitingView;
  @ApiProperty({ type: DashboardListView }) firstContactsOverdue!: DashboardListView;
  @ApiProperty({ description: 'What counts as recent contact, in days' }) recentContactDays!: number;
  @ApiProperty({ type: DashboardListView }) highRiskWithoutRecentContact!: DashboardListView;
}
