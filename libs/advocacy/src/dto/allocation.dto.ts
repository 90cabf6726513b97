import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { SupportService } from '@vs/referrals';
import { TextRule, VersionRule } from '@vs/victims';
import { AdvocateType } from '../model/advocate-type';
import { ScoreComponentName } from '../allocation/candidate-ranking';

export class AllocateDto {
  @ApiProperty({ format: 'uuid', description: 'The advocate profile to allocate' })
  @IsUUID()
  advocateId!: string;

  @VersionRule()
  version!: number;
}

export class TransferLeadDto {
  @ApiProperty({ format: 'uuid', description: 'The advocate profile who becomes the lead' })
  @IsUUID()
  toAdvocateId!: string;

  @ApiProperty({ description: 'Why the lead changes (kept, encrypted)' })
  @TextRule(2000)
  reason!: string;
}

export class ScoreComponentView {
  @ApiProperty({ enum: ScoreComponentName, enumName: 'ScoreComponentName' }) component!: ScoreComponentName;
  @ApiProperty() points!: number;
  @ApiProperty() maximum!: number;
  @ApiProperty() reason!: string;
}

export class AllocationCandidateView {
  @ApiProperty() rank!: number;
  @ApiProperty() score!: number;
  @ApiProperty() advocateId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty({ enum: AdvocateType, enumName: 'AdvocateType' }) type!: AdvocateType;
  @ApiProperty() activeCases!: number;
  @ApiProperty() caseloadCapacity!: number;
  @ApiProperty() atCapacity!: boolean;
  @ApiProperty({ type: [ScoreComponentView], description: 'Why the advocate ranks where they do' })
  components!: ScoreComponentView[];
}

export class AllocationCandidatesView {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ nullable: true, type: String }) boroughCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) language!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The victim’s lead advocate in your service, if they have one: allocate to them, or transfer first',
  })
  currentLeadAdvocateId!: string | null;
  @ApiProperty({ type: [AllocationCandidateView] }) candidates!: AllocationCandidateView[];
}

export class LeadAdvocateView {
  @ApiProperty() id!: string;
  @ApiProperty() victimId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() advocateId!: string;
  @ApiProperty() startedAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) endedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) succeededById!: string | null;
}

export class LeadTransferView {
  @ApiProperty({ type: LeadAdvocateView }) previous!: LeadAdvocateView;
  @ApiProperty({ type: LeadAdvocateView }) current!: LeadAdvocateView;
  @ApiProperty({ description: 'Open referrals handed to the new lead' }) referralsReassigned!: number;
  @ApiProperty({ description: 'A notice to the victim of their new contact is waiting to be sent' })
  victimNotificationPending!: boolean;
}
