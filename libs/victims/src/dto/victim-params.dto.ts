import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsUUID } from 'class-validator';
import { ContactChannelKind } from '../model/contact';
import { VersionRule } from './field-rules';

/** Path parameters, validated like bodies so a bad one is a 400 naming it. */
export class VictimParams {
  @ApiProperty()
  @IsUUID()
  id!: string;
}

export class ContactChannelParams extends VictimParams {
  @ApiProperty({ enum: ContactChannelKind, enumName: 'ContactChannelKind' })
  @IsEnum(ContactChannelKind)
  channel!: ContactChannelKind;
}

export class ConsentParams extends VictimParams {
  @ApiProperty()
  @IsUUID()
  consentId!: string;
}

export class VersionQueryDto {
  @VersionRule()
  @Type(() => Number)
  version!: number;
}
