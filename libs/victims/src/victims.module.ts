import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { VictimAccessService } from './access/victim-access.service';
import { ConsentsController } from './consents/consents.controller';
import { ConsentsService } from './consents/consents.service';
import { VictimChannelSafety } from './contact-channels/victim-channel-safety';
import { ContactChannelColumnsBuilder } from './contact-channels/contact-channel-columns';
import { ContactChannelsController } from './contact-channels/contact-channels.controller';
import { ContactChannelsService } from './contact-channels/contact-channels.service';
import { EnhancedRightsInputs } from './eligibility/enhanced-rights-inputs';
import { DuplicateFinder } from './matching/duplicate-finder';
import { VictimMatchKeys } from './matching/match-keys';
import { VictimAudit } from './records/victim-audit';
import { VictimEditor } from './records/victim-editor';
import { VictimViews } from './records/victim-views';
import { VictimsController } from './records/victims.controller';
import { VictimsService } from './records/victims.service';

/**
 * Victim records: personal data encrypted at rest, safe contact, consent, duplicate matching, and
 * the access scope (grants) that every feature holding victim data applies.
 */
@Module({
  imports: [AuditModule],
  controllers: [VictimsController, ContactChannelsController, ConsentsController],
  providers: [
    VictimAccessService,
    VictimsService,
    ContactChannelsService,
    ConsentsService,
    VictimEditor,
    VictimViews,
    VictimAudit,
    VictimMatchKeys,
    DuplicateFinder,
    ContactChannelColumnsBuilder,
    EnhancedRightsInputs,
    VictimChannelSafety,
  ],
  // VictimsService: features that record a victim inside their own transaction (referral intake).
  // VictimChannelSafety: the victim portal, for what victims may change on their own word.
  exports: [VictimAccessService, EnhancedRightsInputs, VictimsService, VictimChannelSafety],
})
export class VictimsModule {}
