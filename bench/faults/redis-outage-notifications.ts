import { setTimeout as sleep } from 'node:timers/promises';
import { NotifyStub } from '@vs/testing';
import { caseWithTextedVictims, deliveredExactlyOnce, recordVisibleUpdates, tallyOutbox } from './case-updates';
import { AppProcess, check, FaultOutcome, FaultServices, notifyVariables, runFault, waitFor } from './fault-harness';

const VICTIMS = 3;
const UPDATES_BEFORE = 5;
const UPDATES_DURING = 20;
/** Long enough for several relay runs to have failed against the stopped Redis. */
const OUTAGE_AFTER_UPDATES_MS = 3_000;

async function scenario(): Promise<FaultOutcome> {
  const stub = new NotifyStub();
  await stub.start();
  const services = await FaultServices.start('redis-outage-notifications', { postgres: 55102, redis: 64102 });
  const dataSource = await services.openDatabase();
  const api = await AppProcess.create('api', services, notifyVariables(stub));
  const worker = await AppProcess.create('worker', services, notifyVariables(stub));
  try {
    await api.start();
    await worker.start();
    const notified = await caseWithTextedVictims(dataSource, api, VICTIMS);
    const allSent = async (): Promise<boolean> => {
      const tally = await tallyOutbox(dataSource, notified, stub);
      return tally.sent === tally.messages;
    };

    const before = await recordVisibleUpdates(api, notified, UPDATES_BEFORE);
    const deliveredBeforeMs = await waitFor(allSent, 30_000);

    await services.stopRedis();
    const stoppedAt = Date.now();
    const during = await recordVisibleUpdates(api, notified, UPDATES_DURING);
    await sleep(OUTAGE_AFTER_UPDATES_MS);
    const duringOutage = await tallyOutbox(dataSource, notified, stub);
    await services.startRedis();
    const redisDownMs = Date.now() - stoppedAt;
    const recoveredMs = await waitFor(allSent, 60_000);
    // Time for a late duplicate (a job run twice) to show itself before counting.
    await sleep(2_000);

    const acknowledged = [...before.acknowledged, ...during.acknowledged];
    return {
      figures: {
        victims: VICTIMS,
        updatesBeforeOutage: UPDATES_BEFORE,
        updatesDuringOutage: UPDATES_DURING,
        acknowledgedDuringOutage: during.acknowledged.length,
        redisDownMs,
        messagesSentWhileRedisDown: duringOutage.sent - before.acknowledged.length * VICTIMS,
        firstMessagesDeliveredMs: deliveredBeforeMs,
        allDeliveredMsAfterRedisBack: recoveredMs,
        messages: (await tallyOutbox(dataSource, notified, stub)).messages,
        notifySends: stub.sent.length,
      },
      checks: [
        check('messages were delivered before the outage', deliveredBeforeMs !== null),
        check('the API acknowledged every case update while Redis was down', during.unacknowledged === 0),
        check('nothing was delivered while Redis was down', duringOutage.sent === before.acknowledged.length * VICTIMS),
        check('every message was delivered once Redis was back, with no restart', recoveredMs !== null),
        check(
          'the API and worker kept running throughout',
          api.starts === 1 && worker.starts === 1 && api.isRunning() && worker.isRunning(),
        ),
        ...(await deliveredExactlyOnce(dataSource, notified, stub, acknowledged)),
      ],
    };
  } finally {
    await worker.kill('SIGTERM');
    await api.kill('SIGTERM');
    await dataSource.destroy();
    await services.stop();
    await stub.stop();
  }
}

runFault('redis-outage-notifications', scenario);
