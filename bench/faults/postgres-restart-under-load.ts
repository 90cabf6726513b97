import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { AppProcess, callApi, check, FaultOutcome, FaultServices, runFault, signedInOfficer } from './fault-harness';

const CONNECTIONS_PER_ENDPOINT = 5;
const LOAD_SECONDS = 30;
const BEFORE_OUTAGE_MS = 6_000;
const OUTAGE_MS = 5_000;
/** After PostgreSQL is back, every answer of this last stretch of the load must be a 200. */
const SETTLED_MS = 8_000;

type Phase = 'before' | 'down' | 'back' | 'settled';
const PHASES: readonly Phase[] = ['before', 'down', 'back', 'settled'];

/** What one endpoint answered in each phase of the outage. */
class EndpointTally {
  readonly statuses: Record<Phase, Record<number, number>> = { before: {}, down: {}, back: {}, settled: {} };
  /** 503s that were not problem+json with a Retry-After header. */
  unhelpful503s = 0;
  firstOkAfterRestartAt: number | null = null;

  record(phase: Phase, status: number, headers: IncomingHttpHeaders = {}): void {
    this.statuses[phase][status] = (this.statuses[phase][status] ?? 0) + 1;
    if (status === 503) {
      const problem = String(headers['content-type'] ?? '').startsWith('application/problem+json');
      if (!problem || headers['retry-after'] === undefined) this.unhelpful503s += 1;
    }
    if (status === 200 && (phase === 'back' || phase === 'settled')) this.firstOkAfterRestartAt ??= Date.now();
  }

  count(phases: readonly Phase[], accept: (status: number) => boolean): number {
    return phases
      .flatMap((phase) => Object.entries(this.statuses[phase]))
      .filter(([status]) => accept(Number(status)))
      .reduce((sum, [, count]) => sum + count, 0);
  }
}

/** Bounded load on one GET endpoint, tallying each answer under the phase it arrived in. */
function load(url: string, headers: Record<string, string>, phase: () => Phase, tally: EndpointTally) {
  return autocannon({
    url,
    connections: CONNECTIONS_PER_ENDPOINT,
    duration: LOAD_SECONDS,
    requests: [
      {
        method: 'GET',
        headers,
        onResponse: (status, _body, _context, responseHeaders) => tally.record(phase(), status, responseHeaders),
      },
    ],
  });
}

async function scenario(): Promise<FaultOutcome> {
  const services = await FaultServices.start('postgres-restart-under-load', { postgres: 55101, redis: 64101 });
  const dataSource = await services.openDatabase();
  const api = await AppProcess.create('api', services);
  try {
    await api.start();
    const { token, userId } = await signedInOfficer(dataSource, api);
    const recorded = await callApi(api, token, 'POST', '/cases', {
      crimeReference: 'T00000FA017/25',
      offence: 'Assault occasioning actual bodily harm',
      offenceGroup: 'domestic_abuse',
      boroughCode: 'E09000022',
      reportedAt: '2025-03-01T09:00:00Z',
      officerInCaseId: userId,
    });
    if (recorded.status !== 201)
      throw new Error(`recording a case answered ${recorded.status}: ${JSON.stringify(recorded.body)}`);
    await dataSource.destroy();
    const pid = api.pid;

    let phase: Phase = 'before';
    const read = new EndpointTally();
    const ready = new EndpointTally();
    const loads = Promise.all([
      load(
        `${api.url}/api/v1/cases/${String(recorded.body.id)}`,
        { authorization: `Bearer ${token}` },
        () => phase,
        read,
      ),
      load(`${api.url}/health/ready`, {}, () => phase, ready),
    ]);

    await sleep(BEFORE_OUTAGE_MS);
    phase = 'down';
    const stoppedAt = Date.now();
    await services.stopPostgres();
    await sleep(OUTAGE_MS);
    await services.startPostgres();
    const backAt = Date.now();
    phase = 'back';
    const settleAt = stoppedAt + LOAD_SECONDS * 1000 - BEFORE_OUTAGE_MS - SETTLED_MS;
    await sleep(Math.max(0, settleAt - Date.now()));
    phase = 'settled';
    const [readLoad, readyLoad] = await loads;

    const serverErrors = (tally: EndpointTally): number =>
      tally.count(PHASES, (status) => status >= 500 && status !== 503);
    const figures = (tally: EndpointTally, result: autocannon.Result) => ({
      requests: result.requests.total,
      connectionErrors: result.errors,
      statusesByPhase: tally.statuses,
      unhelpful503s: tally.unhelpful503s,
      firstOkMsAfterPostgresBack: tally.firstOkAfterRestartAt === null ? null : tally.firstOkAfterRestartAt - backAt,
    });
    return {
      figures: {
        connectionsPerEndpoint: CONNECTIONS_PER_ENDPOINT,
        loadSeconds: LOAD_SECONDS,
        postgresDownMs: backAt - stoppedAt,
        caseDetail: figures(read, readLoad),
        healthReady: figures(ready, readyLoad),
      },
      checks: [
        check('the case detail answered 503 while PostgreSQL was down', read.count(['down'], (s) => s === 503) > 0),
        check('readiness answered 503 while PostgreSQL was down', ready.count(['down'], (s) => s === 503) > 0),
        check('no answer was a 5xx other than 503', serverErrors(read) + serverErrors(ready) === 0),
        check('every 503 of the case detail was problem+json with Retry-After', read.unhelpful503s === 0),
        check('no connection was dropped or timed out', readLoad.errors + readyLoad.errors === 0),
        check(
          'once PostgreSQL was back, both endpoints answered only 200s',
          read.count(['settled'], (s) => s !== 200) + ready.count(['settled'], (s) => s !== 200) === 0 &&
            read.count(['settled'], (s) => s === 200) > 0 &&
            ready.count(['settled'], (s) => s === 200) > 0,
        ),
        check('the API recovered without a restart', api.isRunning() && api.pid === pid && api.starts === 1),
      ],
    };
  } finally {
    await api.kill('SIGTERM');
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

runFault('postgres-restart-under-load', scenario);
