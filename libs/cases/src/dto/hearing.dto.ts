import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsString, Length, Min } from 'class-validator';
import { HearingType } from '../hearings/hearing-kinds';
import { EventNarrationDto } from './case-event.dto';
import { IsInstant } from './validators';

/** Listing a hearing; `occurredAt` is when it was listed, `startsAt` when it will sit. */
export class ListHearingDto extends EventNarrationDto {
  @ApiProperty({ example: 'Snaresbrook Crown Court' })
  @IsString()
  @Length(2, 200)
  court!: string;

  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ enum: HearingType, enumName: 'HearingType' })
  @IsEnum(HearingType)
  type!: HearingType;
}

/** Any change to a listed hearing names the version read, so two clerks cannot overwrite each other. */
class HearingChangeDto extends EventNarrationDto {
  @ApiProperty({ description: 'The hearing version you read; a stale version gets 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class MoveHearingDto extends HearingChangeDto {
  @ApiProperty({ example: 'Snaresbrook Crown Court' })
  @IsString()
  @Length(2, 200)
  court!: string;

  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  startsAt!: string;
}

export class CancelHearingDto extends HearingChangeDto {}

export class HearingOutcomeDto extends HearingChangeDto {
  @ApiProperty({ example: 'Adjourned for a pre-sentence report', maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  outcome!: string;
}
