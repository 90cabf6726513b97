import { once } from 'node:events';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import { AppConfig, InjectConfig } from '../config/app-config';

/** How long a request may wait on Redis to be counted before it goes through uncounted. */
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_WAIT_MS = 5_000;

const NOT_COUNTED: ThrottlerStorageRecord = { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };

/**
 * Request counters in the app's Redis, so every API instance counts against the same limit (an atomic
 * Lua script per request: a burst lets exactly the limit through). Its own connection fails fast
 * rather than queueing commands while Redis is away.
 *
 * Fails open: when Redis cannot count, requests go through uncounted (logged once per outage). Sign-in
 * stays bounded without it, because the per-account lockout and the portal's attempt counters live in
 * PostgreSQL; failing closed would turn a Redis outage into every advocate, officer and victim being
 * shut out of a safeguarding service, which is worse than losing the per-address ceiling for a while.
 */
@Injectable()
export class RateLimitStore implements ThrottlerStorage, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis;
  private readonly counters: ThrottlerStorageRedisService;
  private counting = true;

  constructor(@InjectConfig() config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.redis.on('error', () => undefined); // reported by increment() when it matters
    this.counters = new ThrottlerStorageRedisService(this.redis);
  }

  /** Waits for the connection so the first requests after start-up are counted too. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await Promise.race([
      once(this.redis, 'ready'),
      new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref()),
    ]);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const record = await this.counters.increment(key, ttl, limit, blockDuration, throttlerName);
      if (!this.counting) this.logger.log('rate limits are counted again');
      this.counting = true;
      return record;
    } catch (error) {
      if (this.counting) this.logger.warn({ err: error }, 'rate limits suspended: Redis cannot count requests');
      this.counting = false;
      return NOT_COUNTED;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
