import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsIn, IsInt, Min, ValidateIf } from 'class-validator';
import { CaseEventType, RECORDABLE_EVENT_TYPES } from '../events/case-event-type';
import { CaseStage } from '../journey/case-stage';
import type { EventDetails } from '../json-value';
import { FitsEventType, FollowsVictimVisibility, IsInstant, NotInFuture } from './validators';

/** When something happened and what the victim may be told about it: every event has these. */
export class EventNarrationDto {
  @ApiProperty({
    format: 'date-time',
    description: 'When it happened; may be earlier than now (the record keeps both times)',
  })
  @IsInstant()
  @NotInFuture()
  occurredAt!: string;

  @ApiProperty({ description: 'Whether the victim may see this event (in the portal)' })
  @IsBoolean()
  visibleToVictim!: boolean;

  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'A man has been charged and will appear at Thames Magistrates’ Court.',
    description:
      'What the victim may read, in plain language: required when visibleToVictim is true, refused otherwise',
  })
  @FollowsVictimVisibility()
  victimLine?: string;
}

/** An event as staff or a partner system describe it. */
export class CaseEventFieldsDto extends EventNarrationDto {
  @ApiProperty({ enum: RECORDABLE_EVENT_TYPES, description: 'Hearing events come from the hearings endpoints' })
  @IsIn(RECORDABLE_EVENT_TYPES)
  type!: CaseEventType;

  @ApiPropertyOptional({
    enum: CaseStage,
    enumName: 'CaseStage',
    description: 'The stage the event moves the case to (only allowed transitions); required for stage_changed',
  })
  @ValidateIf((event: CaseEventFieldsDto) => event.type === CaseEventType.StageChanged || event.stage !== undefined)
  @IsEnum(CaseStage)
  stage?: CaseStage;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { custodialMonths: 18 },
    description: 'The structured facts of the type, e.g. a sentence’s custodialMonths; a type without facts takes none',
  })
  @FitsEventType()
  details?: EventDetails;
}

export class RecordCaseEventDto extends CaseEventFieldsDto {
  @ApiPropertyOptional({ description: 'The case version you read; required with stage (a stale version gets 409)' })
  @ValidateIf((event: RecordCaseEventDto) => event.stage !== undefined || event.version !== undefined)
  @IsInt()
  @Min(1)
  version?: number;
}
