import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, QueueName } from '@vs/platform';
import { OutboxStatus } from '../notification-purpose';
import { DeliverJob, deliverJob, DUE_MS_SQL } from './deliver-job';

export const ORPHAN_SWEEP_JOB = 'requeue-orphaned-outbox';
/** Rows queued at least this long ago are looked at; younger ones are still in the relay's hands. */
const OLDER_THAN_MS = 5 * 60_000;
const BATCH_SIZE = 200;
/** A job in one of these states will still deliver its row. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * A row can be left queued with no job that will deliver it: its job exhausted its retries while
 * PostgreSQL was down (so the dead letter was never written), or stalled more often than BullMQ
 * allows. The sweep finds queued rows whose job is gone or finished and gives each a fresh job under
 * the same id; delivery's row lock, status check and Notify reference look-up keep it to one send.
 */
@Injectable()
export class OutboxOrphanSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue<DeliverJob>,
  ) {}

  /** Returns how many rows got their job back. */
  async requeueOrphans(): Promise<number> {
    const rows = await this.dataSource.query<{ id: string; due: string }[]>(
      `SELECT id, ${DUE_MS_SQL}::text AS due FROM notification_outbox
        WHERE status = $1 AND not_before <= $2 ORDER BY not_before LIMIT $3`,
      [OutboxStatus.Queued, new Date(this.clock.now().getTime() - OLDER_THAN_MS), BATCH_SIZE],
    );
    let requeued = 0;
    for (const { id, due } of rows) {
      const fresh = deliverJob(id, Number(due));
      const job = await this.queue.getJob(fresh.opts.jobId!);
      if (job && LIVE_STATES.has(await job.getState())) continue;
      // A finished job keeps its id: it must go before the same id can be added again.
      await job?.remove();
      await this.queue.add(fresh.name, fresh.data, fresh.opts);
      requeued += 1;
    }
    return requeued;
  }
}
