import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { QueueName } from '@vs/platform';
import { DutyChangesModule } from '../changes/duty-changes.module';
import { CaseReportFactsRefresher } from './case-facts/case-report-facts-refresher';
import { DutyComplianceRollupListener } from './compliance/duty-compliance-rollup.listener';
import { ComplianceReportsController } from './compliance-reports.controller';
import { ComplianceReportsService } from './compliance-reports.service';
import { ReportExportsService } from './exports/report-exports.service';
import { REPORT_LIMITS, reportLimitsFrom } from './report-limits';
import { ComplianceReportBuilder } from './report/compliance-report.builder';

/**
 * The API's half of the Commissioner's reports: the report routes (commissioner only), queuing
 * exports for the worker, and keeping the compliance rollup in step with the duty changes the API makes.
 */
@Module({
  imports: [AuditModule, DutyChangesModule, BullModule.registerQueue({ name: QueueName.ComplianceReports })],
  controllers: [ComplianceReportsController],
  providers: [
    { provide: REPORT_LIMITS, useFactory: () => reportLimitsFrom(process.env) },
    DutyComplianceRollupListener,
    CaseReportFactsRefresher,
    ComplianceReportBuilder,
    ComplianceReportsService,
    ReportExportsService,
  ],
})
export class ComplianceReportsModule {}
