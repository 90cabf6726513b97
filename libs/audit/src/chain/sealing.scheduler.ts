import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { AuditJobName, SEAL_INTERVAL_MS, SEAL_SCHEDULER_ID } from './sealing-jobs';

/**
 * Registers the repeating seal job when a worker starts. Upserting is idempotent, so every
 * replica may do it; BullMQ then produces one job per interval however many workers run.
 */
@Injectable()
export class AuditSealingScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Audit) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SEAL_SCHEDULER_ID,
      { every: SEAL_INTERVAL_MS },
      {
        name: AuditJobName.SealChain,
        // The next run comes within seconds: retrying a failed one would only overlap it.
        opts: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    );
  }
}
