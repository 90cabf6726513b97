import { join } from 'node:path';
import { EnvironmentVariables } from '../config/environment';
import { ResolvedServices } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startLocalRedis } from './local-redis';
import { LocalService } from './local-service';

export interface ProvisionedServices extends ResolvedServices {
  /** Stops whatever this process started (in reverse order); a no-op for external services. */
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL and REDIS_URL when set; otherwise starts a real PostgreSQL and a local Redis
 * whose data lives under DATA_DIR, so a fresh clone runs without installing or configuring anything.
 */
export async function provisionServices(
  env: EnvironmentVariables,
  log: (line: string) => void,
): Promise<ProvisionedServices> {
  const started: LocalService[] = [];
  const stopAll = async (): Promise<void> => {
    for (const service of started.reverse()) await service.stop();
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: join(env.DATA_DIR, 'postgres'),
        port: env.EMBEDDED_POSTGRES_PORT,
        database: 'victim_services',
        persistent: true,
        log,
      });
      started.push(postgres);
      databaseUrl = postgres.url;
      log(`embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}`);
    }
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      const redis = await startLocalRedis({
        dataDir: join(env.DATA_DIR, 'redis'),
        port: env.EMBEDDED_REDIS_PORT,
        persistent: true,
        log,
      });
      started.push(redis);
      redisUrl = redis.url;
      log(`local Redis on 127.0.0.1:${env.EMBEDDED_REDIS_PORT}`);
    }
    return { databaseUrl, redisUrl, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
