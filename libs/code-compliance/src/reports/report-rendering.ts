import { ReportFormat } from './exports/report-export.entity';
import { ReportFilter } from './report-filter';
import { ComplianceReport } from './report/compliance-report';
import { reportCsv } from './report/report-csv';

export interface ReportFile {
  readonly contentType: string;
  readonly fileName: string;
}

export interface RenderedReport extends ReportFile {
  readonly body: string;
}

export const reportFile = (filter: Pick<ReportFilter, 'from' | 'to'>, format: ReportFormat): ReportFile => ({
  contentType: format === ReportFormat.Csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
  fileName: `compliance-report-${filter.from}-to-${filter.to}.${format}`,
});

/** A report as the file a user downloads. */
export function renderReport(report: ComplianceReport, format: ReportFormat): RenderedReport {
  const body = format === ReportFormat.Csv ? reportCsv(report) : JSON.stringify(report, null, 2);
  return { body, ...reportFile(report.filters, format) };
}
