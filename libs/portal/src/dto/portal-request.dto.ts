import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn } from 'class-validator';
import { DutyStatus } from '@vs/code-compliance';
import { TextRule } from '@vs/victims';
import {
  PortalRequestKind,
  RequestAgency,
  RequestOutcome,
  ReviewedDecision,
} from '../entities/portal-request.entity';
import { TimelineEntryView } from './portal-case.view';

const REVIEWING_AGENCIES = [RequestAgency.Police, RequestAgency.CrownProsecutionService];

export class MakeComplaintDto {
  @ApiProperty({ enum: RequestAgency, enumName: 'RequestAgency', description: 'Who the complaint is about' })
  @IsEnum(RequestAgency)
  agency!: RequestAgency;

  @ApiProperty({ maxLength: 10000, description: 'What went wrong' })
  @TextRule(10000)
  details!: string;
}

export class RequestReviewDto {
  @ApiProperty({ enum: REVIEWING_AGENCIES, description: 'Who made the decision' })
  @IsIn(REVIEWING_AGENCIES)
  agency!: RequestAgency;

  @ApiProperty({ enum: ReviewedDecision, enumName: 'ReviewedDecision' })
  @IsEnum(ReviewedDecision)
  decision!: ReviewedDecision;

  @ApiProperty({ maxLength: 10000, description: 'Why you want the decision looked at again' })
  @TextRule(10000)
  details!: string;
}

export class AnswerRequestDto {
  @ApiProperty({ maxLength: 10000, description: 'The answer, written for the victim' })
  @TextRule(10000)
  answer!: string;

  @ApiProperty({
    enum: RequestOutcome,
    enumName: 'RequestOutcome',
    description: 'Complaints: upheld, partly_upheld, not_upheld. Reviews: decision_upheld, decision_overturned',
  })
  @IsEnum(RequestOutcome)
  outcome!: RequestOutcome;
}

export enum PortalRequestStatus {
  Received = 'received',
  Acknowledged = 'acknowledged',
  Answered = 'answered',
}

export class RequestStepView {
  @ApiProperty({ description: 'The local target, in London time' })
  dueBy!: Date;

  @ApiPropertyOptional({ nullable: true, type: Date })
  doneAt!: Date | null;

  @ApiProperty({ enum: DutyStatus, description: 'met / met_late once done; pending or breached until then' })
  timeliness!: DutyStatus;

  @ApiProperty({ example: 'Done on time' })
  timelinessInWords!: string;
}

export class PortalRequestView {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: PortalRequestKind }) kind!: PortalRequestKind;
  @ApiProperty({ enum: RequestAgency }) agency!: RequestAgency;
  @ApiPropertyOptional({ enum: ReviewedDecision, nullable: true }) decision!: ReviewedDecision | null;
  @ApiProperty() details!: string;
  @ApiProperty({ enum: PortalRequestStatus }) status!: PortalRequestStatus;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ type: RequestStepView }) acknowledgement!: RequestStepView;
  @ApiProperty({ type: RequestStepView }) answering!: RequestStepView;
  @ApiPropertyOptional({ nullable: true, type: String }) answer!: string | null;
  @ApiPropertyOptional({ enum: RequestOutcome, nullable: true }) outcome!: RequestOutcome | null;
  @ApiProperty({ type: [TimelineEntryView], description: 'What has happened, oldest first' }) timeline!: TimelineEntryView[];
}
