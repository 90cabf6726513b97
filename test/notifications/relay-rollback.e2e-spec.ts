import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { DeliverJob, deliverJob, DUE_MS_SQL, OutboxDelivery, OutboxRelay } from '@vs/notifications';
import { NotifyStub, TestApp } from '@vs/testing';
import {
  DeliveryHarness,
  enqueueUpdate,
  eventually,
  outboxRow,
  startDeliveryHarness,
  victimWithChannels,
} from './notifications-fixtures';

const REFUSED = 'queueing refused';

/**
 * The relay adds jobs to Redis, then marks their rows queued and commits. Here the database refuses
 * that last step (as a database error or a killed relay would leave it): Redis holds a job whose row
 * is still pending. Real PostgreSQL, real Redis, a real BullMQ worker; the relay runs when the test says.
 */
describe('a relay that rolls back after Redis took its jobs', () => {
  let harness: DeliveryHarness;
  let app: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue<DeliverJob>;
  let stub: NotifyStub;
  let relay: OutboxRelay;

  beforeAll(async () => {
    harness = await startDeliveryHarness();
    ({ app, worker, queue, stub } = harness);
    relay = worker.get(OutboxRelay);
  });

  // A test pauses the queue to hold jobs back; the next starts with it running.
  afterEach(() => queue?.resume());

  afterAll(() => harness?.close());

  /** Makes every update of an outbox row to queued fail, until the returned function is called. */
  async function refuseQueueing(): Promise<() => Promise<void>> {
    await app.dataSource.query(
      `CREATE FUNCTION refuse_queueing() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '${REFUSED}'; END $$`,
    );
    await app.dataSource.query(
      `CREATE TRIGGER refuse_queueing BEFORE UPDATE ON notification_outbox
        FOR EACH ROW WHEN (NEW.status = 'queued') EXECUTE FUNCTION refuse_queueing()`,
    );
    return async () => {
      await app.dataSource.query('DROP TRIGGER refuse_queueing ON notification_outbox');
      await app.dataSource.query('DROP FUNCTION refuse_queueing()');
    };
  }

  /** A message for a victim with a safe mobile (each victim their own: one number is one person), and its due time. */
  async function pendingMessage(mobile: string): Promise<{ id: string; dueMs: number }> {
    const victimId = await victimWithChannels(app, [{ channel: 'sms', value: mobile, safe: true }]);
    const id = await enqueueUpdate(app, victimId);
    const [{ due }] = await app.dataSource.query<{ due: string }[]>(
      `SELECT ${DUE_MS_SQL}::text AS due FROM notification_outbox WHERE id = $1`,
      [id],
    );
    return { id, dueMs: Number(due) };
  }

  /** Runs the relay with its last step refused, while the queue is paused so its job waits. */
  async function relayThatRollsBack(id: string): Promise<Job<DeliverJob>> {
    await queue.pause();
    const allowQueueing = await refuseQueueing();
    try {
      await expect(relay.relayDue()).rejects.toThrow(REFUSED);
    } finally {
      await allowQueueing();
    }
    expect(await outboxRow(app, id)).toMatchObject({ status: 'pending' });
    const jobs = (await queue.getJobs()).filter((job) => job.data.outboxId === id);
    expect(jobs).toHaveLength(1);
    return jobs[0];
  }

  const stateOf = async (jobId: string): Promise<string | undefined> => (await queue.getJob(jobId))?.getState();

  it('delivers the message once when its job runs before the relay runs again', async () => {
    const { id, dueMs } = await pendingMessage('07700 900201');
    const job = await relayThatRollsBack(id);
    expect(job.data).toEqual({ outboxId: id, dueMs });

    await queue.resume();
    expect(await eventually(async () => (await stateOf(job.id!)) === 'completed', 15_000)).toBe(true);
    expect((await queue.getJob(job.id!))?.returnvalue).toBe('sent');

    // The next relay run finds nothing left to relay, so it cannot re-add the finished job's id.
    expect(await relay.relayDue()).toBe(0);
    // The same job run again (a stalled job) sends nothing more.
    expect(await worker.get(OutboxDelivery).deliver(id, dueMs)).toBe('not_pending');
    expect(stub.sentWithReference(id)).toHaveLength(1);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps one job when the relay runs again while the job waits, and delivers once', async () => {
    const { id } = await pendingMessage('07700 900202');
    const job = await relayThatRollsBack(id);

    expect(await relay.relayDue()).toBe(1);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'queued' });
    expect((await queue.getJobs()).filter((waiting) => waiting.data.outboxId === id)).toHaveLength(1);

    await queue.resume();
    expect(await eventually(async () => (await stateOf(job.id!)) === 'completed', 15_000)).toBe(true);
    expect((await queue.getJob(job.id!))?.returnvalue).toBe('sent');
    expect(stub.sentWithReference(id)).toHaveLength(1);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('leaves no failed job behind to swallow the next relay of its id', async () => {
    const { id, dueMs } = await pendingMessage('07700 900203');
    // The job arrives while the database still refuses, and has no retries left.
    const allowQueueing = await refuseQueueing();
    const lastTry = deliverJob(id, dueMs);
    try {
      const job = await queue.add(lastTry.name, lastTry.data, { ...lastTry.opts, attempts: 1 });
      // Finished: failed, or already removed.
      expect(await eventually(async () => [undefined, 'failed'].includes(await stateOf(job.id!)), 15_000)).toBe(true);
    } finally {
      await allowQueueing();
    }
    expect(await outboxRow(app, id)).toMatchObject({ status: 'pending', attempts: 0 });

    expect(await relay.relayDue()).toBe(1);
    expect(await eventually(async () => (await outboxRow(app, id)).status === 'sent', 15_000)).toBe(true);
    expect(stub.sentWithReference(id)).toHaveLength(1);
  });

  it('never lets a job for an earlier due time deliver a message rescheduled since', async () => {
    const { id, dueMs } = await pendingMessage('07700 900204');
    // What a delivery outside the victim's safe times leaves: pending again, due later.
    await app.dataSource.query(`UPDATE notification_outbox SET not_before = now() + interval '2 hours' WHERE id = $1`, [
      id,
    ]);
    const stale = deliverJob(id, dueMs);
    const job = await queue.add(stale.name, stale.data, stale.opts);
    expect(await eventually(async () => (await stateOf(job.id!)) === 'completed', 15_000)).toBe(true);
    expect((await queue.getJob(job.id!))?.returnvalue).toBe('not_pending');
    expect(await outboxRow(app, id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(stub.sentWithReference(id)).toEqual([]);
  });
});
