import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { OrganisationKind } from '@vs/auth';
import { ServiceProvision, SupportService } from '@vs/referrals';
import { createOrganisation } from '@vs/testing';
import { AppProcess, callApi, check, FaultOutcome, FaultServices, runFault, signedInOfficer } from './fault-harness';

const CLIENTS = 8;
const REFERRALS_PER_CLIENT = 60;
/** The API is killed once this many referrals are acknowledged, with the other clients mid-request. */
const KILL_AFTER_ACKNOWLEDGED = 150;
const RETRY_PAUSE_MS = 200;

/** Letters only: a victim is matched by name, and names with digits could normalise alike. */
const familyNameOf = (n: number): string => {
  let name = '';
  for (let rest = n; name.length < 6; rest = Math.floor(rest / 26)) name = String.fromCharCode(97 + (rest % 26)) + name;
  return `Crash ${name}`;
};

const referralBody = (n: number): Record<string, unknown> => ({
  source: 'police',
  victim: { givenNames: 'Fault', familyName: familyNameOf(n), dateOfBirth: '1990-02-03' },
  reason: 'Assaulted by a partner; wants support.',
  risk: { level: 'medium', concerns: ['domestic_abuse'] },
  consent: { given: true },
});

/** A victim service that provides what triage proposes for these referrals, so each can be routed. */
async function seedProvider(dataSource: DataSource): Promise<void> {
  const provider = await createOrganisation(dataSource, OrganisationKind.VictimService);
  const provisions = dataSource.getRepository(ServiceProvision);
  for (const service of [SupportService.Idva, SupportService.GeneralVictimSupport])
    await provisions.save(
      provisions.create({ organisationId: provider.id, service, firstContactTargetWorkingDays: 2 }),
    );
}

interface Acknowledgement {
  readonly referralId: string;
  readonly victimId: string;
}

/** What the clients saw: acknowledgements by key, resends, and answers other than 200/201. */
class IntakeLedger {
  readonly acknowledged = new Map<string, Acknowledgement>();
  readonly refused = new Map<string, number>();
  /** Acknowledgements of a resend (200: the original referral, created before the crash or not). */
  replays = 0;
  resends = 0;
  connectionFailures = 0;
  serverErrors = 0;
}

/**
 * One client sends its referrals in turn; whatever is not acknowledged (no answer, or a 5xx) it
 * sends again with the same key until it is, as a referrer's system would.
 */
async function client(api: AppProcess, token: string, index: number, ledger: IntakeLedger): Promise<void> {
  for (let n = 0; n < REFERRALS_PER_CLIENT; n++) {
    const number = index * REFERRALS_PER_CLIENT + n;
    const key = `fault-crash-${number}`;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) ledger.resends += 1;
      let answer: Awaited<ReturnType<typeof callApi>>;
      try {
        answer = await callApi(api, token, 'POST', '/referrals', referralBody(number), { 'idempotency-key': key });
      } catch {
        ledger.connectionFailures += 1;
        await sleep(RETRY_PAUSE_MS);
        continue;
      }
      if (answer.status === 201 || answer.status === 200) {
        if (answer.status === 200) ledger.replays += 1;
        ledger.acknowledged.set(key, { referralId: String(answer.body.id), victimId: String(answer.body.victimId) });
        break;
      }
      if (answer.status < 500) {
        ledger.refused.set(key, answer.status);
        break;
      }
      ledger.serverErrors += 1;
      await sleep(RETRY_PAUSE_MS);
    }
  }
}

interface StoredReferral {
  readonly id: string;
  readonly key: string;
  readonly victim_id: string;
}

async function scenario(): Promise<FaultOutcome> {
  const services = await FaultServices.start('api-crash-during-intake', { postgres: 55100, redis: 64100 });
  const dataSource = await services.openDatabase();
  const api = await AppProcess.create('api', services);
  try {
    await seedProvider(dataSource);
    await api.start();
    const { token } = await signedInOfficer(dataSource, api);
    const ledger = new IntakeLedger();
    const started = Date.now();
    let clientsDone = false;
    const clients = Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(api, token, index, ledger))).then(
      () => {
        clientsDone = true;
      },
    );

    while (ledger.acknowledged.size < KILL_AFTER_ACKNOWLEDGED && !clientsDone) await sleep(20);
    const acknowledgedAtKill = ledger.acknowledged.size;
    await api.kill('SIGKILL');
    const killedAt = Date.now();
    await sleep(1_000);
    await api.start();
    const restartedInMs = Date.now() - killedAt;
    await clients;
    const seconds = (Date.now() - started) / 1000;

    const stored = await dataSource.query<StoredReferral[]>(
      `SELECT id, idempotency_key AS key, victim_id FROM referrals WHERE idempotency_key LIKE 'fault-crash-%'`,
    );
    const [{ victims }] = await dataSource.query<{ victims: number }[]>('SELECT count(*)::int AS victims FROM victims');
    const byKey = new Map<string, StoredReferral[]>();
    for (const row of stored) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
    const lost = [...ledger.acknowledged].filter(
      ([key, ack]) => byKey.get(key)?.[0]?.id !== ack.referralId || byKey.get(key)?.[0]?.victim_id !== ack.victimId,
    );
    const duplicatedKeys = [...byKey.values()].filter((rows) => rows.length > 1).length;
    const victimsOfReferrals = new Set(stored.map((row) => row.victim_id)).size;

    return {
      figures: {
        clients: CLIENTS,
        referralsSent: CLIENTS * REFERRALS_PER_CLIENT,
        acknowledged: ledger.acknowledged.size,
        acknowledgedBeforeKill: acknowledgedAtKill,
        acknowledgedAsReplay: ledger.replays,
        resends: ledger.resends,
        connectionFailures: ledger.connectionFailures,
        serverErrors: ledger.serverErrors,
        refused: ledger.refused.size,
        referralsStored: stored.length,
        victimsStored: victims,
        apiDownMs: restartedInMs,
        seconds: Math.round(seconds * 10) / 10,
      },
      checks: [
        check(
          'the clients sent while the API was killed (some requests failed and were resent)',
          ledger.connectionFailures > 0,
        ),
        check(
          'every referral was acknowledged in the end',
          ledger.acknowledged.size === CLIENTS * REFERRALS_PER_CLIENT,
        ),
        check('every acknowledged referral is stored, as acknowledged', lost.length === 0),
        check('no key produced two referrals', duplicatedKeys === 0 && stored.length === byKey.size),
        check(
          'no victim was recorded twice for one key',
          victimsOfReferrals === stored.length && victims === stored.length,
        ),
      ],
    };
  } finally {
    await api.kill('SIGTERM');
    await dataSource.destroy();
    await services.stop();
  }
}

runFault('api-crash-during-intake', scenario);
