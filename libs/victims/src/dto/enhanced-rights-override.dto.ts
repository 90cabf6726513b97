import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';
import { TextRule, VersionRule } from './field-rules';

export class PutEnhancedRightsOverrideDto {
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'true: enhanced, false: standard, null: follow the rules again',
  })
  @ValidateIf((_, value) => value !== null)
  @IsBoolean()
  enhanced!: boolean | null;

  @ApiPropertyOptional({ description: 'Why the rules are overridden; required unless enhanced is null' })
  @ValidateIf((dto: PutEnhancedRightsOverrideDto) => dto.enhanced !== null)
  @TextRule(1000)
  reason?: string;

  @VersionRule()
  version!: number;
}

export class EnhancedRightsOverrideView {
  @ApiProperty() enhanced!: boolean;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String }) setByUserId!: string | null;
  @ApiProperty({ nullable: true, type: Date }) setAt!: Date | null;
}
