import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { ORPHAN_SWEEP_JOB } from './orphan-sweep.service';
import { RELAY_JOB } from './outbox-relay.service';

const RELAY_EVERY_MS = 1_000;
const ORPHAN_SWEEP_EVERY_MS = 60_000;

/**
 * Schedules the outbox relay and the orphan sweep in the worker; upserting keeps one schedule each
 * however many workers start.
 */
@Injectable()
export class OutboxRelayScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Notifications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'notifications:relay-outbox',
      { every: RELAY_EVERY_MS },
      { name: RELAY_JOB, data: {} },
    );
    await this.queue.upsertJobScheduler(
      'notifications:requeue-orphaned-outbox',
      { every: ORPHAN_SWEEP_EVERY_MS },
      { name: ORPHAN_SWEEP_JOB, data: {} },
    );
  }
}
