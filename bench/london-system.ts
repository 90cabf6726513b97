import { join } from 'node:path';
import { BOROUGH_CODES } from '@vs/cases';
import { Role } from '@vs/platform';
import { BenchServicesRunning, signInBenchStaff, startBenchServices, startInProcessApi } from './bench-app';
import { ensureLondonData, LondonDataFigures, londonServices, londonVolume } from './london-dataset';
import { BENCH_COMMISSIONER_EMAIL, BENCH_PASSWORD, benchAdvocateEmail } from './london-people';
import { followedBusyCase } from './portal-fixtures';
import { BenchProcess, startNodeProcess } from './processes';

/** Victims following their case through the portal during the load, each with their own session. */
const PORTAL_VICTIMS = Number(process.env.BENCH_PORTAL_VICTIMS ?? 40);
/** Advocates reading their caseloads during the load (each has about forty open referrals). */
const ADVOCATES = 40;
const PORTS = { api: 3310, worker: 3311, ceiling: 3312 };

export interface FollowedCase {
  readonly caseId: string;
  readonly portalToken: string;
}

export interface LondonSystem {
  readonly data: LondonDataFigures;
  readonly api: BenchProcess;
  readonly worker: BenchProcess;
  readonly ceiling: BenchProcess;
  readonly followedCases: readonly FollowedCase[];
  /** A police officer's access token, for referrals. */
  readonly officerToken: string;
  stop(): Promise<void>;
}

/**
 * Cases victims follow (made through the real API, in this process, before the measured processes
 * start) and a police officer to refer with.
 */
async function prepareFixtures(
  services: BenchServicesRunning,
): Promise<Pick<LondonSystem, 'followedCases' | 'officerToken'>> {
  const api = await startInProcessApi(services);
  try {
    const followedCases: FollowedCase[] = [];
    for (let victim = 0; victim < PORTAL_VICTIMS; victim++) followedCases.push(await followedBusyCase(api));
    const { accessToken } = await signInBenchStaff(api, Role.PoliceCaseOfficer);
    return { followedCases, officerToken: accessToken };
  } finally {
    await api.close();
  }
}

/**
 * The whole system as it runs in production, on the London data set: the API and the worker as
 * processes of their own (started from dist/ as `npm run quickstart` does), and the ceiling beside
 * them on the same database; the load generator is this process.
 */
export async function startLondonSystem(log: (line: string) => void): Promise<LondonSystem> {
  const volume = londonVolume();
  const servicesUsed = londonServices(volume);
  const services = await startBenchServices(servicesUsed);
  const started: BenchProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const running of started.reverse()) await running.stop();
    await services.stop();
  };
  try {
    const data = await ensureLondonData(services, volume);
    log(`preparing ${PORTAL_VICTIMS} followed cases...`);
    const fixtures = await prepareFixtures(services);
    const logFile = join(__dirname, '..', '..', '.data', servicesUsed.dataDir, 'bench-processes.log');
    const env = {
      ...services.processEnv,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The year-wide report is normally an export; answering it during the request lets HTTP time it.
      COMPLIANCE_REPORT_INLINE_MAX_DAYS: '366',
    };
    const start = async (
      name: string,
      script: string,
      port: number,
      readyPath: string,
      extra: Record<string, string>,
    ) => {
      const running = await startNodeProcess({ name, script, env: { ...env, ...extra }, port, readyPath, logFile });
      started.push(running);
      return running;
    };
    log('starting the API, the worker and the ceiling...');
    const api = await start('api', 'apps/api/src/main.js', PORTS.api, '/health/ready', { PORT: String(PORTS.api) });
    const worker = await start('worker', 'apps/worker/src/main.js', PORTS.worker, '/health/ready', {
      WORKER_HEALTH_PORT: String(PORTS.worker),
    });
    const ceiling = await start('ceiling', 'bench/ceiling-process.js', PORTS.ceiling, '/ceiling', {
      PORT: String(PORTS.ceiling),
    });
    return { data, api, worker, ceiling, ...fixtures, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Signs in through the running API (the system's own login, as a user would). */
export async function signIn(api: BenchProcess, email: string): Promise<string> {
  const response = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email} answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export const signInCommissioner = (api: BenchProcess): Promise<string> => signIn(api, BENCH_COMMISSIONER_EMAIL);

/** Advocates of the generated services (one in each of the first boroughs), signed in. */
export async function signInAdvocates(api: BenchProcess): Promise<string[]> {
  const tokens: string[] = [];
  for (let advocate = 1; advocate <= ADVOCATES; advocate++)
    tokens.push(await signIn(api, benchAdvocateEmail(advocate)));
  return tokens;
}

export const boroughOf = (n: number): string => BOROUGH_CODES[n % BOROUGH_CODES.length];
