import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/src/api-app';
import { LocalService, startLocalRedis } from '@vs/platform';
import { readTestServices, spawnPostgres, startTestApp, TEST_DATA_DIR, TestApp } from '@vs/testing';

const worker = Number(process.env.JEST_WORKER_ID ?? 1);
const quiet = (): void => undefined;

/** Each dependency gets a private instance here, so stopping it disturbs no other suite. */
describe('readiness follows the database and Redis', () => {
  const dir = join(TEST_DATA_DIR, `health-${worker}`);
  const postgresOptions = { dataDir: join(dir, 'pg'), port: 55400 + worker, database: 'vs_health' };
  const redisOptions = { dataDir: join(dir, 'redis'), port: 63850 + worker, persistent: false, log: quiet };
  let postgres: LocalService;
  let redis: LocalService;
  let app: TestApp;

  beforeAll(async () => {
    postgres = await spawnPostgres(postgresOptions);
    redis = await startLocalRedis(redisOptions);
    app = await startTestApp(createApiApp, {
      database: { name: 'vs_health', url: postgres.url, drop: () => Promise.resolve() },
      redisUrl: redis.url,
    });
  });

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 while PostgreSQL is stopped and 200 once it is back', async () => {
    await app.http().get('/health/ready').expect(200);
    await postgres.stop();
    const down = await app.http().get('/health/ready').expect(503);
    expect(down.body.error.database.status).toBe('down');
    postgres = await spawnPostgres(postgresOptions);
    await app.http().get('/health/ready').expect(200);
  });

  it('answers 503 while Redis is stopped and 200 once it is back', async () => {
    await redis.stop();
    const down = await app.http().get('/health/ready').expect(503);
    expect(down.body.error.redis.status).toBe('down');
    redis = await startLocalRedis(redisOptions);
    // ioredis reconnects on its own backoff; readiness turns green without a restart.
    let status = 0;
    for (let attempt = 0; attempt < 30 && status !== 200; attempt++) {
      status = (await app.http().get('/health/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
  });

  it('keeps answering liveness whatever the dependencies do', async () => {
    expect(readTestServices().redisUrl).not.toBe(redis.url);
    await app.http().get('/health/live').expect(200);
  });
});
