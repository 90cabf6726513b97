import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, QueueName } from '@vs/platform';
import { OutboxStatus } from '../notification-purpose';

export const DELIVER_JOB = 'deliver';
export const RELAY_JOB = 'relay-outbox';
const BATCH_SIZE = 200;

export interface DeliverJob {
  readonly outboxId: string;
}

/**
 * Moves due outbox rows to BullMQ. The rows are claimed and marked queued in one transaction that
 * commits only after Redis accepted the jobs: if Redis is down, nothing changes and the next run
 * tries again. A job id is the outbox id plus the time the row became due, so relaying the same row
 * twice is still one job, while a message rescheduled to a safe time gets a job of its own.
 */
@Injectable()
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectQueue(QueueName.Notifications) private readonly queue: Queue<DeliverJob>,
  ) {}

  async relayDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<{ id: string; due: string }[]>(
        `SELECT id, (extract(epoch FROM not_before) * 1000)::bigint::text AS due FROM notification_outbox
          WHERE status = 'pending' AND not_before <= $1
          ORDER BY not_before LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [this.clock.now(), BATCH_SIZE],
      );
      if (due.length === 0) return 0;
      await this.queue.addBulk(
        due.map(({ id, due: dueMs }) => ({ name: DELIVER_JOB, data: { outboxId: id }, opts: { jobId: `${id}-${dueMs}` } })),
      );
      await manager.query(`UPDATE notification_outbox SET status = $1 WHERE id = ANY($2::uuid[])`, [
        OutboxStatus.Queued,
        due.map(({ id }) => id),
      ]);
      return due.length;
    });
  }
}
