import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { ComplianceReportsJobName, REFRESH_INTERVAL_MS, REFRESH_SCHEDULER_ID } from '../exports/report-jobs';

/**
 * Registers the repeating refresh of the case facts when a worker starts. Upserting is idempotent,
 * so every replica may do it; BullMQ then produces one job per interval however many workers run.
 */
@Injectable()
export class CaseFactsRefreshScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.ComplianceReports) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      REFRESH_SCHEDULER_ID,
      { every: REFRESH_INTERVAL_MS },
      {
        name: ComplianceReportsJobName.RefreshCaseFacts,
        // The next run comes within a minute and covers whatever this one missed.
        opts: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    );
  }
}
