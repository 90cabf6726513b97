import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { NotificationsModule } from '@vs/notifications';
import { VictimsModule } from '@vs/victims';
import { CaseQueriesService } from './cases/case-queries.service';
import { CaseReadAccess } from './cases/case-read-access';
import { CasesController } from './cases/cases.controller';
import { CrimeRecordingService } from './crimes/crime-recording.service';
import { CaseEventListeners } from './events/case-event-listeners';
import { CaseEventsController } from './events/case-events.controller';
import { CaseEventsService } from './events/case-events.service';
import { ReferralSentRecorder } from './events/referral-sent-recorder';
import { VictimUpdateNotifier } from './events/victim-update-notifier';
import { HearingsController } from './hearings/hearings.controller';
import { HearingsService } from './hearings/hearings.service';
import { PartnerEventIngestionService } from './partner-events/partner-event-ingestion.service';
import { PartnerEventRejectionsService } from './partner-events/partner-event-rejections.service';
import { PartnerEventsController } from './partner-events/partner-events.controller';
import { CaseVictimsController } from './victim-links/case-victims.controller';
import { CaseVictimsService } from './victim-links/case-victims.service';

/**
 * Crimes and their cases: the journey state machine, events with both their times, hearings, the
 * victims of each crime, and events from partner systems. Each update a victim may see is written
 * to the notifications outbox in the same transaction.
 */
@Module({
  imports: [AuditModule, VictimsModule, NotificationsModule],
  controllers: [
    CasesController,
    CaseEventsController,
    HearingsController,
    CaseVictimsController,
    PartnerEventsController,
  ],
  providers: [
    CrimeRecordingService,
    CaseQueriesService,
    CaseEventsService,
    HearingsService,
    CaseVictimsService,
    PartnerEventIngestionService,
    PartnerEventRejectionsService,
    ReferralSentRecorder,
    CaseEventListeners,
    CaseReadAccess,
    VictimUpdateNotifier,
  ],
  // For libs/referrals: a police referral for a reported crime is noted on its case.
  // For code compliance: the extension point where it hears of events and victim links, and the
  // case detail's access rule, so its duties are scoped like the case.
  exports: [ReferralSentRecorder, CaseEventListeners, CaseReadAccess],
})
export class CasesModule {}
