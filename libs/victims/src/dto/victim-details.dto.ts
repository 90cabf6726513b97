import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO6391,
  IsObject,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { Omittable } from '@vs/platform';
import { DisabilityKind } from '../model/disability';
import { RECORDED_VULNERABILITY_FLAGS, VulnerabilityFlag } from '../model/vulnerability-flag';
import { EqualityMonitoringDto } from './equality-monitoring.dto';
import { CalendarDateRule, TextRule } from './field-rules';

/**
 * The optional details of a victim, the same on creation and on update (where null clears a value).
 * Names are declared by the create and update DTOs, where they differ in being required.
 */
export class VictimDetailsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '1990-04-21', description: 'YYYY-MM-DD' })
  @IsOptional()
  @CalendarDateRule()
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'pl', description: 'ISO 639-1 code' })
  @IsOptional()
  @IsISO6391({ message: 'preferredLanguage must be an ISO 639-1 language code, e.g. "en"' })
  preferredLanguage?: string | null;

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ enum: DisabilityKind, enumName: 'DisabilityKind', isArray: true })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsEnum(DisabilityKind, { each: true })
  disabilities?: DisabilityKind[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Adjustments and support the victim needs, in free text',
  })
  @IsOptional()
  @TextRule(4000)
  supportNeeds?: string | null;

  @ApiPropertyOptional({ nullable: true, type: EqualityMonitoringDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EqualityMonitoringDto)
  equalityMonitoring?: EqualityMonitoringDto | null;

  @ApiPropertyOptional({
    enum: RECORDED_VULNERABILITY_FLAGS,
    isArray: true,
    description: 'under_18 is never recorded: it is derived from dateOfBirth',
  })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(RECORDED_VULNERABILITY_FLAGS, {
    each: true,
    message: `each value in vulnerabilityFlags must be one of ${RECORDED_VULNERABILITY_FLAGS.join(', ')} (under_18 is derived from dateOfBirth)`,
  })
  vulnerabilityFlags?: VulnerabilityFlag[];
}
