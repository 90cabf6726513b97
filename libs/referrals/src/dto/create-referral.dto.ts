import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BOROUGH_CODES, IsCrimeReference } from '@vs/cases';
import { CreateVictimDto, TextRule } from '@vs/victims';
import { ReferralLawfulBasis } from '../model/lawful-basis';
import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralSource } from '../model/referral-source';
import { DASH_QUESTION_COUNT, ReferralConcern, RiskLevel } from '../model/risk';

export class ReferralRiskDto {
  @ApiProperty({ enum: RiskLevel, enumName: 'RiskLevel', description: "The referrer's view of the risk" })
  @IsEnum(RiskLevel)
  level!: RiskLevel;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: DASH_QUESTION_COUNT,
    description: 'The count of "yes" answers of a DASH checklist, when one was completed (14 or more is high risk)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DASH_QUESTION_COUNT)
  dashScore?: number;

  @ApiProperty({ enum: ReferralConcern, enumName: 'ReferralConcern', isArray: true, example: ['domestic_abuse'] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(ReferralConcern, { each: true })
  concerns!: ReferralConcern[];

  @ApiPropertyOptional({ description: "Under 18, when the victim's date of birth is not known" })
  @IsOptional()
  @IsBoolean()
  under18?: boolean;

  @ApiPropertyOptional({ description: 'What the risk is, in free text (encrypted at rest)' })
  @IsOptional()
  @TextRule(4000)
  summary?: string;
}

export class ReferralConsentDto {
  @ApiProperty({ description: 'The victim agreed to be referred' })
  @IsBoolean()
  given!: boolean;

  @ApiPropertyOptional({
    enum: ReferralLawfulBasis,
    enumName: 'ReferralLawfulBasis',
    description: 'Required without consent, which is only for high risk',
  })
  @ValidateIf((consent: ReferralConsentDto) => consent.given === false || consent.lawfulBasis !== undefined)
  @IsEnum(ReferralLawfulBasis)
  lawfulBasis?: ReferralLawfulBasis;

  @ApiPropertyOptional({ description: 'Why the referral goes ahead without consent; required without it' })
  @ValidateIf((consent: ReferralConsentDto) => consent.given === false || consent.justification !== undefined)
  @TextRule(2000)
  justification?: string;
}

export class CreateReferralDto {
  @ApiPropertyOptional({
    description:
      'Your own unique key for this referral (or send the Idempotency-Key header): a resend with the same key returns the original referral',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  idempotencyKey?: string;

  @ApiProperty({ enum: ReferralSource, enumName: 'ReferralSource' })
  @IsEnum(ReferralSource)
  source!: ReferralSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'A recorded victim you may see; or send `victim` instead' })
  @ValidateIf((dto: CreateReferralDto) => dto.victim === undefined || dto.victimId !== undefined)
  @IsUUID()
  victimId?: string;

  @ApiPropertyOptional({
    type: CreateVictimDto,
    description: 'A victim to record (matched against recorded victims first); or send `victimId` instead',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CreateVictimDto)
  victim?: CreateVictimDto;

  @ApiPropertyOptional({ example: '5212345/25', description: 'The crime reference, when the crime was reported' })
  @IsOptional()
  @IsCrimeReference()
  crimeReference?: string;

  @ApiPropertyOptional({ enum: BOROUGH_CODES, description: 'Where the victim lives; the crime’s borough when omitted' })
  @IsOptional()
  @IsIn(BOROUGH_CODES, { message: '$property must be the ONS code of a London borough (E09000001 to E09000033)' })
  boroughCode?: string;

  @ApiProperty({ description: 'Why the victim is referred (encrypted at rest)' })
  @TextRule(4000)
  reason!: string;

  @ApiProperty({ type: ReferralRiskDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ReferralRiskDto)
  risk!: ReferralRiskDto;

  @ApiPropertyOptional({ enum: ReferralCircumstance, enumName: 'ReferralCircumstance', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ReferralCircumstance, { each: true })
  circumstances?: ReferralCircumstance[];

  @ApiProperty({ type: ReferralConsentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ReferralConsentDto)
  consent!: ReferralConsentDto;

  @ApiPropertyOptional({ description: 'How and when it is safe to contact the victim about this referral' })
  @IsOptional()
  @TextRule(2000)
  safeContactNotes?: string;
}
