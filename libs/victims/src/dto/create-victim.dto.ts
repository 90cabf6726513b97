import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { NewContactChannelDto } from './contact-channel.dto';
import { TextRule } from './field-rules';
import { VictimDetailsDto } from './victim-details.dto';

export class CreateVictimDto extends VictimDetailsDto {
  @ApiProperty({ example: 'Mary Anne' })
  @TextRule(200)
  givenNames!: string;

  @ApiProperty({ example: 'Smith' })
  @TextRule(200)
  familyName!: string;

  @ApiPropertyOptional({ type: [NewContactChannelDto], description: 'At most one per channel' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique((channel: NewContactChannelDto) => channel.channel, {
    message: 'contactChannels must name each channel at most once',
  })
  @ValidateNested({ each: true })
  @Type(() => NewContactChannelDto)
  contactChannels?: NewContactChannelDto[];

  @ApiPropertyOptional({
    description: 'Create the record although it matches another (a possible_duplicate answer); needs a reason',
  })
  @IsOptional()
  @IsBoolean()
  createAnyway?: boolean;

  @ApiPropertyOptional({ description: 'Why this is not the matching person; required with createAnyway' })
  @ValidateIf((dto: CreateVictimDto) => dto.createAnyway === true || dto.reason !== undefined)
  @TextRule(1000)
  reason?: string;
}
