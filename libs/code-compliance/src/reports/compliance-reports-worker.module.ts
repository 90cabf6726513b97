import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@vs/platform';
import { DutyChangesModule } from '../changes/duty-changes.module';
import { CaseFactsRefreshScheduler } from './case-facts/case-facts.scheduler';
import { CaseReportFactsRefresher } from './case-facts/case-report-facts-refresher';
import { ComplianceReportsProcessor } from './compliance-reports.processor';
import { DutyComplianceRollupListener } from './compliance/duty-compliance-rollup.listener';
import { ReportExportBuilder } from './exports/report-export-builder';
import { ComplianceReportBuilder } from './report/compliance-report.builder';

/**
 * The worker's half of the Commissioner's reports: builds queued exports, refreshes the case facts
 * every minute, and keeps the compliance rollup in step with the breaches the sweep marks.
 */
@Module({
  imports: [DutyChangesModule, BullModule.registerQueue({ name: QueueName.ComplianceReports })],
  providers: [
    DutyComplianceRollupListener,
    CaseReportFactsRefresher,
    ComplianceReportBuilder,
    ReportExportBuilder,
    ComplianceReportsProcessor,
    CaseFactsRefreshScheduler,
  ],
})
export class ComplianceReportsWorkerModule {}
