import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '@vs/audit';
import { CasesModule } from '@vs/cases';
import { VictimsModule } from '@vs/victims';
import { acceptCsvBodiesAsStreams } from './imports/csv-body';
import { ReferralImportService } from './imports/referral-import.service';
import { ReferralIntake } from './intake/referral-intake';
import { ReferralIntakeService } from './intake/referral-intake.service';
import { ReferralLifecycle } from './lifecycle/referral-lifecycle.service';
import { ProviderFinder } from './providers/provider-finder';
import { ServiceProvisionsController } from './providers/service-provisions.controller';
import { ServiceProvisionsService } from './providers/service-provisions.service';
import { ReferralQueriesService } from './queries/referral-queries.service';
import { ReferralViews } from './queries/referral-views';
import { ReferralsController } from './referrals.controller';
import { TriageDecisionService } from './triage/triage-decision.service';

/**
 * The single front door: referrals one at a time or from a CSV file, triage rules that propose the
 * service, the service manager's decision, and the referral lifecycle that advocacy moves on.
 */
@Module({
  imports: [AuditModule, VictimsModule, CasesModule],
  controllers: [ReferralsController, ServiceProvisionsController],
  providers: [
    ReferralIntake,
    ReferralIntakeService,
    ReferralImportService,
    ReferralLifecycle,
    ReferralQueriesService,
    ReferralViews,
    ProviderFinder,
    ServiceProvisionsService,
    TriageDecisionService,
  ],
  // For libs/advocacy: allocation, contacts and closure move referrals through the same lifecycle.
  exports: [ReferralLifecycle, ReferralViews],
})
export class ReferralsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Outside an HTTP application (the demo seeder's context) there is no body to parse. */
  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter as HttpAdapterHost['httpAdapter'] | undefined;
    if (adapter) acceptCsvBodiesAsStreams(adapter.getInstance<FastifyInstance>());
  }
}
