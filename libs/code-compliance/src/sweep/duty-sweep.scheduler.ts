import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { CodeComplianceJobName, SWEEP_INTERVAL_MS, SWEEP_SCHEDULER_ID } from './sweep-jobs';

/**
 * Registers the repeating sweep when a worker starts. Upserting is idempotent, so every replica
 * may do it; BullMQ then produces one job per interval however many workers run.
 */
@Injectable()
export class DutySweepScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.CodeCompliance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: SWEEP_INTERVAL_MS },
      {
        name: CodeComplianceJobName.SweepDueDuties,
        // The next run comes within a minute and picks up whatever this one left.
        opts: { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
      },
    );
  }
}
