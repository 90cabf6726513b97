import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { ConsentSubject } from '../model/consent-subject';
import { InstantRule, TextRule } from './field-rules';

export class RecordConsentDto {
  @ApiProperty({ enum: ConsentSubject, enumName: 'ConsentSubject' })
  @IsEnum(ConsentSubject)
  subject!: ConsentSubject;

  @ApiPropertyOptional({ description: 'When the victim consented; defaults to now' })
  @IsOptional()
  @InstantRule()
  givenAt?: string;

  @ApiPropertyOptional({ description: 'How consent was given, e.g. verbally by phone' })
  @IsOptional()
  @TextRule(2000)
  notes?: string;
}

export class WithdrawConsentDto {
  @ApiPropertyOptional({ description: 'When the victim withdrew consent; defaults to now' })
  @IsOptional()
  @InstantRule()
  withdrawnAt?: string;
}

export class ConsentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ConsentSubject, enumName: 'ConsentSubject' }) subject!: ConsentSubject;
  @ApiProperty() givenAt!: Date;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() recordedByUserId!: string;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ description: 'Given and not withdrawn' }) active!: boolean;
  @ApiProperty({ nullable: true, type: Date }) withdrawnAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnByUserId!: string | null;
  @ApiProperty({ nullable: true, type: Date }) withdrawalRecordedAt!: Date | null;
}
