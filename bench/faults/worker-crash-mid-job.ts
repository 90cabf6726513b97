import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { QueueName } from '@vs/platform';
import { NotifyStub } from '@vs/testing';
import { caseWithTextedVictims, deliveredExactlyOnce, recordVisibleUpdates, tallyOutbox } from './case-updates';
import { AppProcess, check, FaultOutcome, FaultServices, notifyVariables, runFault, waitFor } from './fault-harness';

const VICTIMS = 5;
const UPDATES = 60;
/** Notify's time per send: the worker is killed with a send under way, its answer never read. */
const NOTIFY_DELAY_MS = 40;
const KILL_AFTER_SENT = 80;

async function scenario(): Promise<FaultOutcome> {
  const stub = new NotifyStub();
  stub.delayMs = NOTIFY_DELAY_MS;
  await stub.start();
  const services = await FaultServices.start('worker-crash-mid-job', { postgres: 55103, redis: 64103 });
  const dataSource = await services.openDatabase();
  const queue = new Queue(QueueName.Notifications, {
    connection: { url: services.redisUrl },
    prefix: 'faults',
  });
  const api = await AppProcess.create('api', services, notifyVariables(stub));
  const worker = await AppProcess.create('worker', services, notifyVariables(stub));
  try {
    await api.start();
    const notified = await caseWithTextedVictims(dataSource, api, VICTIMS);
    // Written while no worker runs, so the whole backlog is there when it starts.
    const updates = await recordVisibleUpdates(api, notified, UPDATES);

    await worker.start();
    const started = Date.now();
    await waitFor(() => Promise.resolve(stub.sent.length >= KILL_AFTER_SENT), 60_000);
    const inFlight = (await queue.getActive()).map((job) => job.id ?? '');
    await worker.kill('SIGKILL');
    const secondsToKill = (Date.now() - started) / 1000;
    const atKill = await tallyOutbox(dataSource, notified, stub);
    const sendsAtKill = stub.sent.length;
    await sleep(500);
    const sendsJustAfterKill = stub.sent.length;

    await worker.start();
    // BullMQ finds the killed worker's job stalled once its lock expires (30 s), then runs it again.
    const recoveredMs = await waitFor(async () => {
      const tally = await tallyOutbox(dataSource, notified, stub);
      return tally.sent === tally.messages;
    }, 120_000);
    // Time for a late duplicate (a job run twice) to show itself before counting.
    await sleep(2_000);

    const inFlightStates = await Promise.all(inFlight.map(async (id) => (await queue.getJob(id))?.getState()));
    const retried = await dataSource.query<{ retried: number }[]>(
      `SELECT count(*) FILTER (WHERE attempts > 1)::int AS retried FROM notification_outbox`,
    );
    return {
      figures: {
        messages: atKill.messages,
        notifyDelayMs: NOTIFY_DELAY_MS,
        sentBeforeKill: atKill.sent,
        notifySendsAtKill: sendsAtKill,
        notifySendsLandingAfterKill: sendsJustAfterKill - sendsAtKill,
        jobsInFlightAtKill: inFlight,
        stateOfThoseJobsAfterRecovery: inFlightStates,
        messagesAttemptedMoreThanOnce: retried[0].retried,
        secondsFromStartToKill: Math.round(secondsToKill * 10) / 10,
        allDeliveredMsAfterRestart: recoveredMs,
        notifySends: stub.sent.length,
      },
      checks: [
        check('the case updates were all acknowledged', updates.unacknowledged === 0),
        check('the worker was killed with a job under way', inFlight.length > 0),
        check('the worker was killed part way through the backlog', atKill.sent < atKill.messages),
        check('every job was retried to completion after the restart', recoveredMs !== null),
        check(
          'the jobs under way at the kill completed',
          inFlightStates.every((state) => state === 'completed'),
        ),
        ...(await deliveredExactlyOnce(dataSource, notified, stub, updates.acknowledged)),
      ],
    };
  } finally {
    await worker.kill('SIGTERM');
    await api.kill('SIGTERM');
    await queue.close();
    await dataSource.destroy();
    await services.stop();
    await stub.stop();
  }
}

runFault('worker-crash-mid-job', scenario);
