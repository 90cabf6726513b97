import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@vs/platform';
import { ComplianceReportBuilder } from '../report/compliance-report.builder';
import { renderReport } from '../report-rendering';
import { ComplianceReportExport, ReportExportStatus } from './report-export.entity';

/** The worker's side of an export: builds the report it asks for and keeps the file for its owner. */
@Injectable()
export class ReportExportBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ComplianceReportBuilder,
    private readonly clock: Clock,
  ) {}

  /** Builds the export unless it is already built; safe to run twice for one export. */
  async build(exportId: string): Promise<ReportExportStatus | null> {
    const exports = this.dataSource.getRepository(ComplianceReportExport);
    const found = await exports.findOneBy({ id: exportId });
    if (!found) return null;
    if (found.status === ReportExportStatus.Ready) return found.status;
    await exports.update(exportId, { status: ReportExportStatus.Running });
    const { body } = renderReport(await this.reports.build(found.filters), found.format);
    await exports.update(exportId, {
      status: ReportExportStatus.Ready,
      content: body,
      failureReason: null,
      completedAt: this.clock.now(),
    });
    return ReportExportStatus.Ready;
  }

  async markFailed(exportId: string): Promise<void> {
    await this.dataSource.getRepository(ComplianceReportExport).update(exportId, {
      status: ReportExportStatus.Failed,
      failureReason: 'The report could not be built; please ask again',
      completedAt: this.clock.now(),
    });
  }
}
