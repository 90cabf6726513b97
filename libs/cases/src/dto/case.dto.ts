import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CursorQueryDto } from '@vs/platform';
import { OffenceGroup } from '@vs/victims';
import { BOROUGH_CODES, BoroughCode } from '../boroughs/london-boroughs';
import { IsCrimeReference } from '../crimes/crime-reference';
import { HateCrimeStrand } from '../crimes/hate-crime-strand';
import { CaseStage } from '../journey/case-stage';
import { IsInstant, NotInFuture } from './validators';

const BOROUGH_MESSAGE =
  '$property must be the ONS code of a London borough or the City of London (E09000001 to E09000033)';

export class RecordCrimeDto {
  @ApiProperty({ example: '5212345/25', description: 'Unique; compared upper-case' })
  @IsCrimeReference()
  crimeReference!: string;

  @ApiProperty({ example: 'Assault occasioning actual bodily harm' })
  @IsString()
  @Length(2, 200)
  offence!: string;

  @ApiProperty({ enum: OffenceGroup, enumName: 'OffenceGroup' })
  @IsEnum(OffenceGroup)
  offenceGroup!: OffenceGroup;

  @ApiPropertyOptional({
    enum: HateCrimeStrand,
    enumName: 'HateCrimeStrand',
    description: 'Required for hate crime, refused otherwise',
  })
  @IsOptional()
  @IsEnum(HateCrimeStrand)
  hateCrimeStrand?: HateCrimeStrand;

  @ApiProperty({ enum: BOROUGH_CODES, example: 'E09000022', description: 'ONS code of the borough (Lambeth here)' })
  @IsIn(BOROUGH_CODES, { message: BOROUGH_MESSAGE })
  boroughCode!: BoroughCode;

  @ApiProperty({ format: 'date-time', description: 'When the victim reported it' })
  @IsInstant()
  @NotInFuture()
  reportedAt!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the police recorded it; now when left out' })
  @IsOptional()
  @IsInstant()
  @NotInFuture()
  recordedAt?: string;

  @ApiProperty({ format: 'uuid', description: 'A police case officer of your organisation' })
  @IsUUID()
  officerInCaseId!: string;
}

export class CaseQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: BOROUGH_CODES })
  @IsOptional()
  @IsIn(BOROUGH_CODES, { message: BOROUGH_MESSAGE })
  boroughCode?: BoroughCode;

  @ApiPropertyOptional({ enum: OffenceGroup, enumName: 'OffenceGroup' })
  @IsOptional()
  @IsEnum(OffenceGroup)
  offenceGroup?: OffenceGroup;

  @ApiPropertyOptional({ enum: CaseStage, enumName: 'CaseStage' })
  @IsOptional()
  @IsEnum(CaseStage)
  stage?: CaseStage;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  officerInCaseId?: string;

  @ApiPropertyOptional({ description: 'Exact match, upper-case insensitive' })
  @IsOptional()
  @IsCrimeReference()
  crimeReference?: string;
}
