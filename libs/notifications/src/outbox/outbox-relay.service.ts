import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock, QueueName } from '@vs/platform';
import { OutboxStatus } from '../notification-purpose';
import { DeliverJob, deliverJob, DUE_MS_SQL } from './deliver-job';

export const RELAY_JOB = 'relay-outbox';
const BATCH_SIZE = 200;

/**
 * Moves due outbox rows to BullMQ. The rows are claimed and marked queued in one transaction that
 * commits only after Redis accepted the jobs: if Redis is down, nothing changes and the next run
 * tries again. If the transaction rolls back after Redis accepted them, the jobs still stand for
 * their rows: a job delivers a row that is still pending at the job's due time (OutboxDelivery), so
 * whether the job or the next relay run comes first, the message goes once.
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
        `SELECT id, ${DUE_MS_SQL}::text AS due FROM notification_outbox
          WHERE status = 'pending' AND not_before <= $1
          ORDER BY not_before LIMIT $2
          FOR UPDATE SKIP LOCKED`,
        [this.clock.now(), BATCH_SIZE],
      );
      if (due.length === 0) return 0;
      await this.queue.addBulk(due.map(({ id, due: dueMs }) => deliverJob(id, Number(dueMs))));
      await manager.query(`UPDATE notification_outbox SET status = $1 WHERE id = ANY($2::uuid[])`, [
        OutboxStatus.Queued,
        due.map(({ id }) => id),
      ]);
      return due.length;
    });
  }
}
