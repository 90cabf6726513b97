import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { ExportRequiredError } from './compliance-reports.errors';
import { ReportFormat } from './exports/report-export.entity';
import { REPORT_LIMITS, ReportLimits } from './report-limits';
import { daysCovered, ReportFilter } from './report-filter';
import { ComplianceReportBuilder } from './report/compliance-report.builder';
import { RenderedReport, renderReport } from './report-rendering';

/** Audit details of a report: what it covered, never what it said. */
export const auditDetailsOf = (filter: ReportFilter, format: ReportFormat): Record<string, string | null> => ({
  from: filter.from,
  to: filter.to,
  boroughCode: filter.boroughCode,
  offenceGroup: filter.offenceGroup,
  period: filter.period,
  format,
});

/** Reports up to the inline limit, built during the request; longer ones must be exports. */
@Injectable()
export class ComplianceReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly builder: ComplianceReportBuilder,
    private readonly audit: AuditService,
    @Inject(REPORT_LIMITS) private readonly limits: ReportLimits,
  ) {}

  async report(actor: Actor, filter: ReportFilter, format: ReportFormat): Promise<RenderedReport> {
    const days = daysCovered(filter);
    if (days > this.limits.inlineMaxDays) throw new ExportRequiredError(days, this.limits.inlineMaxDays);
    const rendered = renderReport(await this.builder.build(filter), format);
    await this.audit.recordFor(this.dataSource.manager, actor, {
      // A file taken away is an export; a report viewed in the client is a read.
      action: format === ReportFormat.Csv ? AuditAction.Export : AuditAction.Read,
      entityType: 'compliance_report',
      details: auditDetailsOf(filter, format),
    });
    return rendered;
  }
}
