import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ContactChannelKind, SafeTimeWindow, Weekday } from '../model/contact';
import { TextRule, VersionRule } from './field-rules';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SafeTimeWindowDto implements SafeTimeWindow {
  @ApiProperty({ enum: Weekday, enumName: 'Weekday', isArray: true, example: ['monday', 'wednesday'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Weekday, { each: true })
  days!: Weekday[];

  @ApiProperty({ example: '09:30', description: 'London local time' })
  @Matches(LOCAL_TIME, { message: 'from must be a time as HH:MM' })
  from!: string;

  @ApiProperty({
    example: '12:00',
    description: 'London local time; not after `from` means the window runs past midnight',
  })
  @Matches(LOCAL_TIME, { message: 'to must be a time as HH:MM' })
  to!: string;
}

/** A channel's details, whichever channel it is. */
export class ContactDetailsDto {
  @ApiProperty({
    description: 'Phone number (UK or international), email address or postal address',
    example: '07700 900123',
  })
  @TextRule(1000)
  value!: string;

  @ApiProperty({ description: 'Whether the channel may be used at all' })
  @IsBoolean()
  safe!: boolean;

  @ApiPropertyOptional({ type: [SafeTimeWindowDto], description: 'When the channel is safe; none means any time' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => SafeTimeWindowDto)
  safeTimes?: SafeTimeWindowDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Said by the victim to show it is safe to talk' })
  @IsOptional()
  @TextRule(100)
  codeWord?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @TextRule(2000)
  notes?: string | null;
}

export class NewContactChannelDto extends ContactDetailsDto {
  @ApiProperty({ enum: ContactChannelKind, enumName: 'ContactChannelKind' })
  @IsEnum(ContactChannelKind)
  channel!: ContactChannelKind;
}

export class PutContactChannelDto extends ContactDetailsDto {
  @VersionRule()
  version!: number;
}

export class ContactChannelView {
  @ApiProperty({ enum: ContactChannelKind, enumName: 'ContactChannelKind' }) channel!: ContactChannelKind;
  @ApiProperty() value!: string;
  @ApiProperty() safe!: boolean;
  @ApiProperty({ type: [SafeTimeWindowDto] }) safeTimes!: SafeTimeWindow[];
  @ApiProperty({ nullable: true, type: String }) codeWord!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() updatedAt!: Date;
}
