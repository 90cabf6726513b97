import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO6391,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { BOROUGH_CODES } from '@vs/cases';
import { MaxDecimalPlaces } from '@vs/platform';
import { VersionRule } from '@vs/victims';
import { AdvocateType } from '../model/advocate-type';

class AdvocateProfileFields {
  @ApiPropertyOptional({ enum: BOROUGH_CODES, isArray: true, description: 'Boroughs covered; empty: all of London' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(BOROUGH_CODES, { each: true, message: 'each of $property must be the ONS code of a London borough' })
  boroughCodes?: string[];

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    example: ['pl', 'ro'],
    description: 'ISO 639-1; English assumed',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsISO6391({ each: true, message: 'each of languages must be an ISO 639-1 code, e.g. "pl"' })
  languages?: string[];
}

export class CreateAdvocateDto extends AdvocateProfileFields {
  @ApiProperty({ format: 'uuid', description: 'A staff user of your organisation with the advocate role' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: AdvocateType, enumName: 'AdvocateType' })
  @IsEnum(AdvocateType)
  type!: AdvocateType;

  @ApiProperty({ minimum: 0.1, maximum: 1, example: 1, description: '1 full time, 0.5 half time' })
  @IsNumber()
  @MaxDecimalPlaces(2)
  @Min(0.1)
  @Max(1)
  workingHoursFraction!: number;

  @ApiProperty({ minimum: 1, maximum: 200, example: 70, description: 'The active caseload you set for them' })
  @IsInt()
  @Min(1)
  @Max(200)
  caseloadCapacity!: number;
}

export class UpdateAdvocateDto extends AdvocateProfileFields {
  @VersionRule()
  version!: number;

  @ApiPropertyOptional({ enum: AdvocateType, enumName: 'AdvocateType' })
  @IsOptional()
  @IsEnum(AdvocateType)
  type?: AdvocateType;

  @ApiPropertyOptional({ minimum: 0.1, maximum: 1 })
  @IsOptional()
  @IsNumber()
  @MaxDecimalPlaces(2)
  @Min(0.1)
  @Max(1)
  workingHoursFraction?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  caseloadCapacity?: number;

  @ApiPropertyOptional({ description: 'false: no longer proposed for allocation' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AdvocateView {
  @ApiProperty() id!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: AdvocateType, enumName: 'AdvocateType' }) type!: AdvocateType;
  @ApiProperty({ type: [String] }) boroughCodes!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() workingHoursFraction!: number;
  @ApiProperty() caseloadCapacity!: number;
  @ApiProperty({ description: 'Referrals allocated to them and still open' }) activeCases!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}
