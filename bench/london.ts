import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR, resultsFileName, runBenchmark } from './bench-runner';
import { LoadFigures, loadOf, measure } from './load';
import { boroughOf, LondonSystem, signInAdvocates, signInCommissioner, startLondonSystem } from './london-system';
import { LondonResults, londonMarkdown, ScenarioRow } from './london-table';
import { referralBody, RUN } from './referral-bodies';
import { repeatedly, timed } from './timing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 20;
const YEAR = new URLSearchParams({ from: '2025-01-01', to: '2025-12-31' }).toString();

const log = (line: string): void => void process.stderr.write(`[bench:london] ${line}\n`);

/** A warm-up (JIT, pools, caches), then the measured run. */
async function scenario(
  name: string,
  request: string,
  run: (seconds: number) => Promise<LoadFigures>,
  ceiling: LoadFigures | null,
  connections = CONNECTIONS,
): Promise<ScenarioRow> {
  log(`${name}: warming up, then ${SECONDS} s...`);
  await run(WARM_UP_SECONDS);
  const figures = await run(SECONDS);
  const ratioToCeiling =
    ceiling === null ? null : Math.round((figures.requestsPerSecond / ceiling.requestsPerSecond) * 1000) / 1000;
  log(`${name}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms`);
  return { scenario: name, request, connections, ...figures, ratioToCeiling };
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function runScenarios(system: LondonSystem): Promise<Pick<LondonResults, 'scenarios' | 'yearReport'>> {
  const { api } = system;
  const ceiling = await scenario(
    'Ceiling: bare Fastify, SELECT 1',
    'GET /ceiling',
    (seconds) => measure(`${system.ceiling.url}/ceiling`, {}, seconds),
    null,
  );
  const portal = await scenario(
    'Portal: a victim follows their case',
    'GET /api/v1/portal/cases/:id/progress',
    (seconds) =>
      loadOf(
        api.url,
        (n) => {
          const followed = system.followedCases[n % system.followedCases.length];
          return { path: `/api/v1/portal/cases/${followed.caseId}/progress`, headers: bearer(followed.portalToken) };
        },
        seconds,
      ),
    ceiling,
  );
  const advocates = await signInAdvocates(api);
  const caseload = await scenario(
    'Caseload: an advocate lists their open referrals',
    'GET /api/v1/caseload',
    (seconds) =>
      loadOf(api.url, (n) => ({ path: '/api/v1/caseload', headers: bearer(advocates[n % advocates.length]) }), seconds),
    ceiling,
  );
  let attempt = 0;
  const intake = await scenario(
    'Intake: police refer a new victim',
    'POST /api/v1/referrals',
    (seconds) => {
      attempt += 1;
      return loadOf(
        api.url,
        (n) => ({
          method: 'POST',
          path: '/api/v1/referrals',
          headers: {
            ...bearer(system.officerToken),
            'content-type': 'application/json',
            'idempotency-key': `london-${RUN}-${attempt}-${n}`,
          },
          body: JSON.stringify(referralBody(attempt * 10_000_000 + n, 'london', boroughOf(n))),
        }),
        seconds,
      );
    },
    ceiling,
  );
  const commissioner = await signInCommissioner(api);
  const yearReport = async (): Promise<void> => {
    const response = await fetch(`${api.url}/api/v1/compliance-reports?${YEAR}`, { headers: bearer(commissioner) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`the year-wide report answered ${response.status}`);
  };
  log("the Commissioner's year-wide report, one at a time...");
  const [firstMs] = await timed(yearReport);
  const oneAtATime = await repeatedly(yearReport, 7);
  const report = await scenario(
    "Commissioner's year-wide London report",
    'GET /api/v1/compliance-reports?from=2025-01-01&to=2025-12-31',
    (seconds) =>
      loadOf(
        api.url,
        () => ({ path: `/api/v1/compliance-reports?${YEAR}`, headers: bearer(commissioner) }),
        seconds,
        2,
      ),
    ceiling,
    2,
  );
  return {
    scenarios: [ceiling, portal, caseload, intake, report],
    yearReport: { firstAfterStartMs: Math.round(firstMs), oneAtATime },
  };
}

/**
 * The London-scale benchmark: generates (once) a million victims and crimes, 200,000 referrals,
 * ten million Code duties and twenty million audit records, starts the API and worker as their own
 * processes on it, and measures each scenario against the ceiling in the same run. Writes
 * bench/results/london.json and bench/results/london.md.
 */
async function main(): Promise<object> {
  const loadBefore = loadavg();
  const system = await startLondonSystem(log);
  try {
    const apiMemoryStartMiB = await system.api.residentMiB();
    const measured = await runScenarios(system);
    const output = {
      ...measured,
      apiResidentMemoryMiB: { start: apiMemoryStartMiB, end: await system.api.residentMiB() },
      data: system.data,
      fixtures: { portalVictims: system.followedCases.length },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore: loadBefore.map((load) => Math.round(load * 100) / 100),
        loadAverageAfter: loadavg().map((load) => Math.round(load * 100) / 100),
      },
      seconds: SECONDS,
      measuredAt: new Date().toISOString(),
    };
    writeFileSync(join(RESULTS_DIR, `${resultsFileName('london')}.md`), londonMarkdown(output));
    return output;
  } finally {
    await system.stop();
  }
}

runBenchmark('london', main);
