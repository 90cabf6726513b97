import { runBenchmark } from './bench-runner';
import { loadOf, LoadRequest } from './load';
import { boroughOf, LondonSystem, signInAdvocates, signInCommissioner, startLondonSystem } from './london-system';
import { referralBody, RUN } from './referral-bodies';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const SAMPLE_EVERY_MS = 15_000;
const REPORT_EVERY_MS = 5_000;
/** Growth between the first and the last minute's mean resident memory that still counts as flat. */
const FLAT_GROWTH = 0.1;

const log = (line: string): void => void process.stderr.write(`[bench:soak] ${line}\n`);
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const mean = (values: number[]): number =>
  Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

interface Sample {
  readonly atSeconds: number;
  readonly apiMiB: number;
  readonly workerMiB: number;
}

/** The day's mix: mostly victims following their cases, advocates reading caseloads, police referring. */
function mixedRequest(system: LondonSystem, advocates: string[]): (n: number) => LoadRequest {
  return (n) => {
    const slot = n % 20;
    if (slot < 13) {
      const followed = system.followedCases[n % system.followedCases.length];
      return { path: `/api/v1/portal/cases/${followed.caseId}/progress`, headers: bearer(followed.portalToken) };
    }
    if (slot < 18) return { path: '/api/v1/caseload', headers: bearer(advocates[n % advocates.length]) };
    return {
      method: 'POST',
      path: '/api/v1/referrals',
      headers: {
        ...bearer(system.officerToken),
        'content-type': 'application/json',
        'idempotency-key': `soak-${RUN}-${n}`,
      },
      body: JSON.stringify(referralBody(n, 'soak', boroughOf(n))),
    };
  };
}

/**
 * Ten minutes of mixed load on the API (portal progress, caseloads, referrals, and a borough's
 * monthly report every five seconds), sampling the API's and the worker's resident memory.
 * Writes bench/results/soak.json; "flat" means the last minute's mean is within 10% of the first's.
 */
async function main(): Promise<object> {
  const system = await startLondonSystem(log);
  try {
    const advocates = await signInAdvocates(system.api);
    const commissioner = await signInCommissioner(system.api);
    const samples: Sample[] = [];
    const started = Date.now();
    const sample = async (): Promise<void> => {
      samples.push({
        atSeconds: Math.round((Date.now() - started) / 1000),
        apiMiB: await system.api.residentMiB(),
        workerMiB: await system.worker.residentMiB(),
      });
    };
    await sample();
    const sampler = setInterval(() => void sample(), SAMPLE_EVERY_MS);
    let reportsAnswered = 0;
    const reports = setInterval(() => {
      const query = new URLSearchParams({
        from: '2025-03-01',
        to: '2025-03-31',
        boroughCode: boroughOf(reportsAnswered),
      });
      void fetch(`${system.api.url}/api/v1/compliance-reports?${query.toString()}`, { headers: bearer(commissioner) })
        .then((response) => response.arrayBuffer().then(() => (reportsAnswered += response.ok ? 1 : 0)))
        .catch(() => undefined);
    }, REPORT_EVERY_MS);
    log(`${MINUTES} minutes of mixed load...`);
    const load = await loadOf(system.api.url, mixedRequest(system, advocates), MINUTES * 60);
    clearInterval(sampler);
    clearInterval(reports);
    await sample();
    const perMinute = SAMPLE_EVERY_MS / 1000;
    const firstMinute = samples.slice(1, 1 + 60 / perMinute).map((entry) => entry.apiMiB);
    const lastMinute = samples.slice(-60 / perMinute).map((entry) => entry.apiMiB);
    const growth = (mean(lastMinute) - mean(firstMinute)) / mean(firstMinute);
    return {
      minutes: MINUTES,
      mix: {
        portalProgress: 0.65,
        caseload: 0.25,
        referrals: 0.1,
        boroughMonthReportEverySeconds: REPORT_EVERY_MS / 1000,
      },
      load,
      reportsAnswered,
      apiResidentMiB: {
        beforeLoad: samples[0].apiMiB,
        firstMinuteMean: mean(firstMinute),
        lastMinuteMean: mean(lastMinute),
        end: samples[samples.length - 1].apiMiB,
        max: Math.max(...samples.map((entry) => entry.apiMiB)),
        growthFirstToLastMinute: Math.round(growth * 1000) / 1000,
        flat: Math.abs(growth) <= FLAT_GROWTH,
      },
      workerResidentMiB: { start: samples[0].workerMiB, end: samples[samples.length - 1].workerMiB },
      samples,
      measuredAt: new Date().toISOString(),
    };
  } finally {
    await system.stop();
  }
}

runBenchmark('soak', main);
