import { ApiProperty } from '@nestjs/swagger';
import { DisabilityKind } from '../model/disability';
import { VulnerabilityFlag } from '../model/vulnerability-flag';
import { ConsentView } from './consent.dto';
import { ContactChannelView } from './contact-channel.dto';
import { EnhancedRightsOverrideView } from './enhanced-rights-override.dto';
import { EqualityMonitoringDto } from './equality-monitoring.dto';

/** A victim's record as the API shows it to callers in scope, decrypted. */
export class VictimView {
  @ApiProperty() id!: string;
  @ApiProperty() givenNames!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth!: string | null;
  @ApiProperty({ nullable: true, type: String }) preferredLanguage!: string | null;
  @ApiProperty() interpreterNeeded!: boolean;
  @ApiProperty({ enum: DisabilityKind, enumName: 'DisabilityKind', isArray: true }) disabilities!: DisabilityKind[];
  @ApiProperty({ nullable: true, type: String }) supportNeeds!: string | null;
  @ApiProperty({ nullable: true, type: EqualityMonitoringDto }) equalityMonitoring!: EqualityMonitoringDto | null;
  @ApiProperty({
    enum: VulnerabilityFlag,
    enumName: 'VulnerabilityFlag',
    isArray: true,
    description: 'Includes under_18 while it applies',
  })
  vulnerabilityFlags!: VulnerabilityFlag[];
  @ApiProperty({ nullable: true, type: EnhancedRightsOverrideView })
  enhancedRightsOverride!: EnhancedRightsOverrideView | null;
  @ApiProperty({ type: [ContactChannelView] }) contactChannels!: ContactChannelView[];
  @ApiProperty({ type: [ConsentView], description: 'Every consent ever recorded, withdrawn ones included' })
  consents!: ConsentView[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() version!: number;
}

export class VictimSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() givenNames!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth!: string | null;
  @ApiProperty() version!: number;
}

export class VictimPage {
  @ApiProperty({ type: [VictimSummaryView] }) items!: VictimSummaryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
