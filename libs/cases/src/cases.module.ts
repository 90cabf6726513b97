import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { VictimsModule } from '@vs/victims';
import { CaseQueriesService } from './cases/case-queries.service';
import { CasesController } from './cases/cases.controller';
import { CrimeRecordingService } from './crimes/crime-recording.service';
import { CaseEventsController } from './events/case-events.controller';
import { CaseEventsService } from './events/case-events.service';
import { HearingsController } from './hearings/hearings.controller';
import { HearingsService } from './hearings/hearings.service';
import { PartnerEventIngestionService } from './partner-events/partner-event-ingestion.service';
import { PartnerEventRejectionsService } from './partner-events/partner-event-rejections.service';
import { PartnerEventsController } from './partner-events/partner-events.controller';
import { CaseVictimsController } from './victim-links/case-victims.controller';
import { CaseVictimsService } from './victim-links/case-victims.service';

/**
 * Crimes and their cases: the journey state machine, events with both their times, hearings, the
 * victims of each crime, and events from partner systems.
 */
@Module({
  imports: [AuditModule, VictimsModule],
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
  ],
})
export class CasesModule {}
