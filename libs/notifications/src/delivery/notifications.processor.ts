import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '@vs/platform';
import { DELIVER_JOB, DeliverJob } from '../outbox/deliver-job';
import { ORPHAN_SWEEP_JOB, OutboxOrphanSweep } from '../outbox/orphan-sweep.service';
import { OutboxRelay, RELAY_JOB } from '../outbox/outbox-relay.service';
import { OutboxDelivery } from './outbox-delivery.service';

/** Relays due outbox rows and requeues orphaned ones (scheduled jobs), and delivers each message (one job per message). */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly delivery: OutboxDelivery,
    private readonly orphans: OutboxOrphanSweep,
  ) {
    super();
  }

  async process(job: Job<DeliverJob | Record<string, never>>): Promise<unknown> {
    if (job.name === RELAY_JOB) return this.relay.relayDue();
    if (job.name === ORPHAN_SWEEP_JOB) return this.orphans.requeueOrphans();
    if (job.name !== DELIVER_JOB) throw new Error(`Unknown notifications job ${job.name}`);
    const { outboxId, dueMs } = job.data as DeliverJob;
    try {
      return await this.delivery.deliver(outboxId, dueMs);
    } catch (error) {
      // BullMQ retries with backoff; the last failure turns the message into a dead letter.
      await this.delivery.recordFailure(outboxId, error, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      throw error;
    }
  }
}
