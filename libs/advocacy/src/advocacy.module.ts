import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { NotificationsModule } from '@vs/notifications';
import { ReferralsModule } from '@vs/referrals';
import { VictimsModule } from '@vs/victims';
import { AdvocatesController } from './advocates/advocates.controller';
import { AdvocatesService } from './advocates/advocates.service';
import { AllocationController } from './allocation/allocation.controller';
import { AllocationService } from './allocation/allocation.service';
import { LeadAdvocates } from './allocation/lead-advocates';
import { CaseworkController } from './casework/casework.controller';
import { CaseworkQueriesService } from './casework/casework-queries.service';
import { CaseworkRecordsService } from './casework/casework-records.service';
import { CaseworkViews } from './casework/casework-views';
import { CaseworkWriter } from './casework/casework-writer';
import { ContactsService } from './casework/contacts.service';
import { ReferralOutcomesService } from './casework/referral-outcomes.service';
import { RiskAssessmentsService } from './risk/risk-assessments.service';
import { CaseloadService } from './views/caseload.service';
import { ServiceDashboardService } from './views/service-dashboard.service';
import { ViewsController } from './views/views.controller';

/**
 * Advocates and their work: profiles and capacity, allocation with reasons, the victim's lead
 * advocate, casework (contacts, DASH and MARAC, safety plans, needs, notes, tasks, closure),
 * caseloads and the service dashboard.
 */
@Module({
  imports: [AuditModule, VictimsModule, ReferralsModule, NotificationsModule],
  controllers: [AdvocatesController, AllocationController, CaseworkController, ViewsController],
  providers: [
    AdvocatesService,
    AllocationService,
    LeadAdvocates,
    CaseworkWriter,
    CaseworkViews,
    CaseworkQueriesService,
    CaseworkRecordsService,
    ContactsService,
    ReferralOutcomesService,
    RiskAssessmentsService,
    CaseloadService,
    ServiceDashboardService,
  ],
})
export class AdvocacyModule {}
