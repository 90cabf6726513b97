import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';

/** The OpenAPI shape of TRIAGE_RULES (triage/triage-rules.ts), served as it is. */
export class TriageConditionView {
  @ApiPropertyOptional({ enum: ReferralConcern, enumName: 'ReferralConcern' }) concern?: ReferralConcern;
  @ApiPropertyOptional({ enum: RiskLevel, enumName: 'RiskLevel' }) minimumRisk?: RiskLevel;
  @ApiPropertyOptional() under18?: boolean;
  @ApiPropertyOptional({ enum: ReferralCircumstance, enumName: 'ReferralCircumstance', isArray: true })
  circumstances?: ReferralCircumstance[];
}

export class RoutingRuleView {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: TriageConditionView, description: 'Every part given must hold; empty matches all' })
  when!: TriageConditionView;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService', isArray: true }) alsoRefer!: SupportService[];
  @ApiProperty() maracReferral!: boolean;
}

export class AdditionalServiceRuleView {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: TriageConditionView }) when!: TriageConditionView;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
}

export class TriageRulesView {
  @ApiProperty() version!: string;
  @ApiProperty({ type: [RoutingRuleView], description: 'In order: the first rule that matches routes the referral' })
  routing!: RoutingRuleView[];
  @ApiProperty({ type: [AdditionalServiceRuleView], description: 'Every rule that matches adds its service' })
  additional!: AdditionalServiceRuleView[];
}
