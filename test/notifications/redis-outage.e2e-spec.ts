import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { LocalService, startLocalRedis } from '@vs/platform';
import { NotifyStub, startTestApp, TEST_DATA_DIR, TestApp } from '@vs/testing';
import { enqueueUpdate, eventually, notifyVariables, sleep, victimWithChannels } from './notifications-fixtures';

const worker = Number(process.env.JEST_WORKER_ID ?? 1);

/** The real worker (relay every second, BullMQ delivery) against a Redis of its own that we stop. */
describe('Redis down while messages are written, then back', () => {
  const stub = new NotifyStub();
  const redisOptions = {
    dataDir: join(TEST_DATA_DIR, `notify-redis-${worker}`),
    // Beside the suites' shared Redis, so runs given their own TEST_REDIS_PORT never share this one.
    port: Number(process.env.TEST_REDIS_PORT ?? 63799) + worker,
    // Like production Redis, it keeps its data (the relay's schedule, queued jobs) across a restart.
    persistent: true,
    log: () => undefined,
  };
  let redis: LocalService;
  let api: TestApp;
  let workerApp: NestFastifyApplication;

  beforeAll(async () => {
    rmSync(redisOptions.dataDir, { recursive: true, force: true });
    await stub.start();
    redis = await startLocalRedis(redisOptions);
    api = await startTestApp(createApiApp, { variables: notifyVariables(stub), redisUrl: redis.url });
    workerApp = await createWorkerApp(api.config);
    await workerApp.init();
  });

  afterAll(async () => {
    await workerApp?.close();
    await api?.close();
    await redis?.stop();
    await stub.stop();
    rmSync(redisOptions.dataDir, { recursive: true, force: true });
  });

  const statuses = async (ids: string[]): Promise<string[]> =>
    (
      await api.dataSource.query<{ status: string }[]>(
        'SELECT status FROM notification_outbox WHERE id = ANY($1::uuid[])',
        [ids],
      )
    ).map((row) => row.status);

  it('loses nothing and sends every message exactly once', async () => {
    const victimId = await victimWithChannels(api, [{ channel: 'sms', value: '07700 900100', safe: true }]);
    const before = await enqueueUpdate(api, victimId, 'before the outage');
    expect(await eventually(async () => (await statuses([before]))[0] === 'sent', 15_000)).toBe(true);

    await redis.stop();
    const during: string[] = [];
    for (let index = 0; index < 5; index++)
      during.push(await enqueueUpdate(api, victimId, `during the outage ${index}`));
    await sleep(2_500);
    expect(await statuses(during)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);

    redis = await startLocalRedis(redisOptions);
    expect(await eventually(async () => (await statuses(during)).every((status) => status === 'sent'), 30_000)).toBe(
      true,
    );
    for (const id of [before, ...during]) expect(stub.sentWithReference(id)).toHaveLength(1);
    expect(stub.sent.filter((item) => item.to.endsWith('900100'))).toHaveLength(6);
  });
});
