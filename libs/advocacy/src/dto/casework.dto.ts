import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { DASH_QUESTION_COUNT, RiskLevel } from '@vs/referrals';
import { CalendarDateRule, InstantRule, TextRule, VersionRule } from '@vs/victims';
import { ClosureOutcome, NeedStatus } from '../model/casework';
import { ContactMethod, ContactOutcome } from '../model/contact';
import { DashAnswer } from '../risk/dash';
import { MaracCriterion } from '../risk/marac-rules';

export class RecordContactDto {
  @ApiProperty({ format: 'date-time', description: 'When it happened (not in the future)' })
  @InstantRule()
  occurredAt!: string;

  @ApiProperty({ enum: ContactMethod, enumName: 'ContactMethod' })
  @IsEnum(ContactMethod)
  method!: ContactMethod;

  @ApiProperty({ enum: ContactOutcome, enumName: 'ContactOutcome', description: 'made: the victim was reached' })
  @IsEnum(ContactOutcome)
  outcome!: ContactOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @TextRule(4000)
  notes?: string;
}

export class RiskAssessmentDto {
  @ApiProperty({
    enum: DashAnswer,
    enumName: 'DashAnswer',
    isArray: true,
    description: `The ${DASH_QUESTION_COUNT} DASH answers, in the checklist's order`,
  })
  @IsArray()
  @ArrayMinSize(DASH_QUESTION_COUNT)
  @ArrayMaxSize(DASH_QUESTION_COUNT)
  @IsEnum(DashAnswer, { each: true })
  answers!: DashAnswer[];

  @ApiPropertyOptional({
    enum: RiskLevel,
    enumName: 'RiskLevel',
    description: 'Your level, when professional judgement raises it above the count; never below (422)',
  })
  @IsOptional()
  @IsEnum(RiskLevel)
  level?: RiskLevel;

  @ApiPropertyOptional({ description: 'Why professional judgement raises the level; required when it does' })
  @IsOptional()
  @TextRule(2000)
  upliftReason?: string;

  @ApiProperty({ minimum: 0, maximum: 366, description: 'Incidents in the last 12 months' })
  @IsInt()
  @Min(0)
  @Max(366)
  incidentsInLast12Months!: number;

  @ApiPropertyOptional({ example: '2025-05-01', description: 'The latest incident (for the MARAC repeat rule)' })
  @IsOptional()
  @CalendarDateRule()
  latestIncidentOn?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the assessment was done; now when left out' })
  @IsOptional()
  @InstantRule()
  assessedAt?: string;
}

export class MaracReferralDto {
  @ApiProperty({ example: '2025-05-02' })
  @CalendarDateRule()
  referredOn!: string;

  @ApiProperty({ enum: MaracCriterion, enumName: 'MaracCriterion', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(MaracCriterion, { each: true })
  criteria!: MaracCriterion[];
}

export class PutSafetyPlanDto {
  @ApiProperty({ description: 'The plan (encrypted at rest)' })
  @TextRule(20000)
  plan!: string;

  @ApiPropertyOptional({ example: '2025-06-01', description: 'When to review it with the victim' })
  @IsOptional()
  @CalendarDateRule()
  reviewOn?: string;

  @ApiPropertyOptional({ description: 'The version you read; required to change an existing plan' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class PutNeedDto {
  @ApiProperty({ enum: NeedStatus, enumName: 'NeedStatus' })
  @IsEnum(NeedStatus)
  status!: NeedStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @TextRule(4000)
  notes?: string;

  @ApiPropertyOptional({ description: 'The version you read; required to change a recorded need' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class AddNoteDto {
  @ApiProperty({ description: 'Encrypted at rest' })
  @TextRule(20000)
  text!: string;
}

export class AddTaskDto {
  @ApiProperty()
  @TextRule(500)
  title!: string;

  @ApiProperty({ example: '2025-05-09' })
  @CalendarDateRule()
  dueOn!: string;
}

export class VersionDto {
  @VersionRule()
  version!: number;
}

export class VictimDeclinedDto extends VersionDto {
  @ApiProperty({ description: 'What the victim said' })
  @TextRule(2000)
  reason!: string;
}

export class CloseCaseworkDto extends VersionDto {
  @ApiProperty({ enum: ClosureOutcome, enumName: 'ClosureOutcome' })
  @IsEnum(ClosureOutcome)
  outcome!: ClosureOutcome;

  @ApiPropertyOptional()
  @ValidateIf((dto: CloseCaseworkDto) => dto.summary !== undefined)
  @TextRule(4000)
  summary?: string;
}
