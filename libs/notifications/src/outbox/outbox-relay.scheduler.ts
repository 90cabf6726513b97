import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { RELAY_JOB } from './outbox-relay.service';

const RELAY_EVERY_MS = 1_000;

/** Schedules the outbox relay in the worker; upserting keeps one schedule however many workers start. */
@Injectable()
export class OutboxRelayScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Notifications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('notifications:relay-outbox', { every: RELAY_EVERY_MS }, { name: RELAY_JOB, data: {} });
  }
}
