import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, NotFoundError, QueueName } from '@vs/platform';
import { ExportNotReadyError, ExportQueueUnavailableError } from '../compliance-reports.errors';
import { auditDetailsOf } from '../compliance-reports.service';
import { ReportFilter } from '../report-filter';
import { RenderedReport, reportFile } from '../report-rendering';
import { BUILD_EXPORT_ATTEMPTS, BuildExportJob, ComplianceReportsJobName } from './report-jobs';
import { ComplianceReportExport, ReportExportStatus, ReportFormat } from './report-export.entity';

const ENTITY_TYPE = 'compliance_report_export';

/** Exports from the API's side: asked for (queued for the worker), followed and downloaded by their owner only. */
@Injectable()
export class ReportExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.ComplianceReports) private readonly queue: Queue<BuildExportJob>,
  ) {}

  async request(actor: Actor, filter: ReportFilter, format: ReportFormat): Promise<ComplianceReportExport> {
    const created = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ComplianceReportExport, {
          requestedByUserId: actor.userId,
          status: ReportExportStatus.Queued,
          format,
          filters: filter,
          content: null,
          failureReason: null,
          completedAt: null,
        }),
      );
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Export,
        entityType: ENTITY_TYPE,
        entityId: saved.id,
        details: { ...auditDetailsOf(filter, format), step: 'requested' },
      });
      return saved;
    });
    try {
      // The export's id as the job's: asking BullMQ twice for one export queues one job.
      await this.queue.add(
        ComplianceReportsJobName.BuildExport,
        { exportId: created.id },
        { jobId: created.id, attempts: BUILD_EXPORT_ATTEMPTS },
      );
    } catch {
      await this.dataSource.getRepository(ComplianceReportExport).update(created.id, {
        status: ReportExportStatus.Failed,
        failureReason: 'The export could not be queued; please ask again',
      });
      throw new ExportQueueUnavailableError();
    }
    return created;
  }

  /** The caller's own export; anyone else's is not found, as if it did not exist. */
  async status(actor: Actor, id: string): Promise<ComplianceReportExport> {
    const found = await this.dataSource
      .getRepository(ComplianceReportExport)
      .findOneBy({ id, requestedByUserId: actor.userId });
    if (!found) throw new NotFoundError('Export', id);
    return found;
  }

  async download(actor: Actor, id: string): Promise<RenderedReport> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ComplianceReportExport, { id, requestedByUserId: actor.userId });
      if (!found) throw new NotFoundError('Export', id);
      if (found.status !== ReportExportStatus.Ready || found.content === null)
        throw new ExportNotReadyError(found.status);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Export,
        entityType: ENTITY_TYPE,
        entityId: found.id,
        details: { ...auditDetailsOf(found.filters, found.format), step: 'downloaded' },
      });
      return { body: found.content, ...reportFile(found.filters, found.format) };
    });
  }
}
