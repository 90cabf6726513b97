import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from '@vs/platform';
import { CaseFactsRefresh, CaseReportFactsRefresher } from './case-facts/case-report-facts-refresher';
import { ReportExportBuilder } from './exports/report-export-builder';
import { ReportExportStatus } from './exports/report-export.entity';
import { BuildExportJob, ComplianceReportsJobName } from './exports/report-jobs';

type ComplianceReportsJob = Job<BuildExportJob | undefined, unknown, ComplianceReportsJobName>;

@Processor(QueueName.ComplianceReports)
export class ComplianceReportsProcessor extends WorkerHost {
  private readonly logger = new Logger(ComplianceReportsProcessor.name);

  constructor(
    private readonly exports: ReportExportBuilder,
    private readonly caseFacts: CaseReportFactsRefresher,
  ) {
    super();
  }

  process(job: ComplianceReportsJob): Promise<ReportExportStatus | CaseFactsRefresh | null> {
    if (job.name === ComplianceReportsJobName.BuildExport) return this.buildExport(job);
    if (job.name === ComplianceReportsJobName.RefreshCaseFacts) return this.caseFacts.refresh();
    throw new Error(`Unknown job on the compliance-reports queue: ${String(job.name)}`);
  }

  private async buildExport(job: ComplianceReportsJob): Promise<ReportExportStatus | null> {
    const exportId = job.data?.exportId;
    if (typeof exportId !== 'string') throw new Error('A build-export job carries no export id');
    try {
      return await this.exports.build(exportId);
    } catch (error) {
      // BullMQ retries the job; the owner hears of the failure only once the retries run out.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        this.logger.error({ exportId, err: error }, 'a compliance report export failed');
        await this.exports.markFailed(exportId);
      }
      throw error;
    }
  }
}
