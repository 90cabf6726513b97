import { ApiProperty } from '@nestjs/swagger';
import { ComplianceReportExport, ReportExportStatus, ReportFormat } from '../exports/report-export.entity';
import { ReportFilterView } from './report.view';

export class ReportExportView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ReportExportStatus, enumName: 'ReportExportStatus' }) status!: ReportExportStatus;
  @ApiProperty({ enum: ReportFormat, enumName: 'ReportFormat' }) format!: ReportFormat;
  @ApiProperty({ type: ReportFilterView }) filters!: ReportFilterView;
  @ApiProperty() requestedAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) completedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed, when it did' })
  failureReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where to download it, once ready' })
  downloadUrl!: string | null;

  static of(entity: ComplianceReportExport): ReportExportView {
    return {
      id: entity.id,
      status: entity.status,
      format: entity.format,
      filters: entity.filters,
      requestedAt: entity.requestedAt,
      completedAt: entity.completedAt,
      failureReason: entity.failureReason,
      downloadUrl:
        entity.status === ReportExportStatus.Ready ? `/api/v1/compliance-reports/exports/${entity.id}/download` : null,
    };
  }
}
