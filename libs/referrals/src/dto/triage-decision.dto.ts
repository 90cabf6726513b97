import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { TextRule, VersionRule } from '@vs/victims';
import { SupportService } from '../model/support-service';

export enum TriageDecision {
  /** The proposed service is right: the referral is triaged, ready to allocate. */
  Accept = 'accept',
  /** Another service should have it: this referral is declined and a new one goes there. */
  Redirect = 'redirect',
}

export class TriageDecisionDto {
  @ApiProperty({ enum: TriageDecision, enumName: 'TriageDecision' })
  @IsEnum(TriageDecision)
  decision!: TriageDecision;

  @VersionRule()
  version!: number;

  @ApiPropertyOptional({ description: 'Why; required to redirect' })
  @ValidateIf((dto: TriageDecisionDto) => dto.decision === TriageDecision.Redirect || dto.reason !== undefined)
  @TextRule(2000)
  reason?: string;

  @ApiPropertyOptional({ enum: SupportService, enumName: 'SupportService', description: 'Required to redirect' })
  @ValidateIf((dto: TriageDecisionDto) => dto.decision === TriageDecision.Redirect || dto.service !== undefined)
  @IsEnum(SupportService)
  service?: SupportService;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organisation to redirect to; when left out, the provider of the service for the borough',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
