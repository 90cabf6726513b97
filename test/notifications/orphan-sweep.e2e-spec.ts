import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DeliverJob, deliverJob, DUE_MS_SQL, OutboxOrphanSweep, OutboxRelay } from '@vs/notifications';
import { NotifyStub, TestApp } from '@vs/testing';
import {
  DeliveryHarness,
  enqueueUpdate,
  eventually,
  outboxRow,
  startDeliveryHarness,
  victimWithChannels,
} from './notifications-fixtures';

/**
 * A row left queued with no job that will deliver it (the job exhausted its retries while the dead
 * letter could not be written, or stalled too often) gets its job back from the sweep, and is sent
 * once. Real PostgreSQL, Redis and BullMQ worker.
 */
describe('the sweep of orphaned outbox rows', () => {
  let harness: DeliveryHarness;
  let app: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue<DeliverJob>;
  let stub: NotifyStub;
  let sweep: OutboxOrphanSweep;

  beforeAll(async () => {
    harness = await startDeliveryHarness();
    ({ app, worker, queue, stub } = harness);
    sweep = worker.get(OutboxOrphanSweep);
  });

  // A test pauses the queue to hold jobs back; the next starts with it running.
  afterEach(() => queue?.resume());

  afterAll(() => harness?.close());

  /** A message relayed (queued, with its job held in a paused queue) and due ten minutes ago. */
  async function relayedLongAgo(mobile: string): Promise<{ id: string; jobId: string }> {
    const victimId = await victimWithChannels(app, [{ channel: 'sms', value: mobile, safe: true }]);
    const id = await enqueueUpdate(app, victimId);
    await app.dataSource.query(
      `UPDATE notification_outbox SET not_before = now() - interval '10 minutes' WHERE id = $1`,
      [id],
    );
    await queue.pause();
    expect(await worker.get(OutboxRelay).relayDue()).toBeGreaterThanOrEqual(1);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'queued' });
    const [{ due }] = await app.dataSource.query<{ due: string }[]>(
      `SELECT ${DUE_MS_SQL}::text AS due FROM notification_outbox WHERE id = $1`,
      [id],
    );
    return { id, jobId: deliverJob(id, Number(due)).opts.jobId! };
  }

  it('gives a queued row whose job is gone a new one, and the message goes once', async () => {
    const { id, jobId } = await relayedLongAgo('07700 900301');
    await (await queue.getJob(jobId))!.remove();

    expect(await sweep.requeueOrphans()).toBe(1);
    await queue.resume();
    expect(await eventually(async () => (await outboxRow(app, id)).status === 'sent', 15_000)).toBe(true);
    expect(stub.sentWithReference(id)).toHaveLength(1);
    // Sent: nothing left to sweep.
    expect(await sweep.requeueOrphans()).toBe(0);
  });

  it('replaces a finished job that left its row queued, under the same id', async () => {
    const { id, jobId } = await relayedLongAgo('07700 900302');
    // A job under the row's id that failed for good and was kept: the id is taken, the row still queued.
    await (await queue.getJob(jobId))!.remove();
    const broken = await queue.add(
      'deliver',
      { outboxId: 'not-an-outbox-id', dueMs: 0 },
      { jobId, attempts: 1, removeOnFail: false },
    );
    await queue.resume();
    expect(await eventually(async () => (await broken.getState()) === 'failed', 15_000)).toBe(true);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'queued' });

    expect(await sweep.requeueOrphans()).toBe(1);
    expect(await eventually(async () => (await outboxRow(app, id)).status === 'sent', 15_000)).toBe(true);
    expect(stub.sentWithReference(id)).toHaveLength(1);
  });

  it('leaves alone a row whose job is still waiting', async () => {
    const { id, jobId } = await relayedLongAgo('07700 900303');

    expect(await sweep.requeueOrphans()).toBe(0);
    expect((await queue.getJobs()).filter((job) => job.data.outboxId === id).map((job) => job.id)).toEqual([jobId]);
    await queue.resume();
    expect(await eventually(async () => (await outboxRow(app, id)).status === 'sent', 15_000)).toBe(true);
    expect(stub.sentWithReference(id)).toHaveLength(1);
  });
});
