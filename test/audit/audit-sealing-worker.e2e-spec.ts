import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AuditChainVerifier, SEAL_INTERVAL_MS, SEAL_SCHEDULER_ID } from '@vs/audit';
import { QueueName } from '@vs/platform';
import { startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { countRows, recordEach, testEntry } from './audit-fixtures';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}

describe('the worker seals the trail on a schedule', () => {
  let api: TestApp;
  let worker: TestApp;

  beforeAll(async () => {
    api = await startTestApp(createApiApp);
    // The worker shares the API's database; the API's test app drops it at the end.
    worker = await startTestApp(createWorkerApp, {
      database: { name: 'shared with the api', url: api.config.databaseUrl, drop: () => Promise.resolve() },
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('registers one repeating seal job', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(QueueName.Audit));
    const scheduler = await queue.getJobScheduler(SEAL_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ every: SEAL_INTERVAL_MS });
    expect(await queue.getJobSchedulersCount()).toBe(1);
  });

  it('seals what the API records within a few intervals, leaving an intact chain', async () => {
    await recordEach(
      api,
      Array.from({ length: 12 }, () => testEntry()),
    );
    const unsealed = await eventually(
      () => countRows(api.dataSource, 'audit_unsealed'),
      (count) => count === 0,
      8 * SEAL_INTERVAL_MS,
    );
    expect(unsealed).toBe(0);
    expect(await new AuditChainVerifier(api.dataSource).verify()).toEqual({
      intact: true,
      checked: 12,
      unsealed: 0,
      firstBroken: null,
    });
  });
});
