import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';

/** While Redis is down every reconnect attempt fails; one line per emitter in this period is enough. */
const QUIET_PERIOD_MS = 10_000;

/**
 * Gives every BullMQ queue and worker an `error` listener that writes to the structured log.
 * Without one, BullMQ prints connection errors to the console (unstructured, unthrottled); with
 * it, an outage is a warning every few seconds while readiness reports Redis down.
 */
@Injectable()
export class QueueErrorLogging implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const { instance } of this.discovery.getProviders()) {
      if (instance instanceof Queue) this.listen(instance, `queue ${instance.name}`);
      if (instance instanceof WorkerHost) {
        // WorkerHost types its worker loosely; it is a BullMQ Worker once the module has started.
        const worker = instance.worker as Worker;
        this.listen(worker, `worker ${worker.name}`);
      }
    }
  }

  private listen(emitter: { on(event: 'error', listener: (error: Error) => void): unknown }, source: string): void {
    let lastLoggedAt = 0;
    emitter.on('error', (error: Error) => {
      const now = Date.now();
      if (now - lastLoggedAt < QUIET_PERIOD_MS) return;
      lastLoggedAt = now;
      this.logger.warn({ source, error: error.message }, 'queue connection error');
    });
  }
}
