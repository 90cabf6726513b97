import { runBenchmark } from './bench-runner';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { applyRollupChanges, ComplianceReportBuilder, DutyInstance, ReportPeriod } from '@vs/code-compliance';
import { BenchApp, startBenchApp, startBenchServices } from './bench-app';
import { ensureLondonData, LondonDataFigures, londonServices, londonVolume } from './london-dataset';
import { BENCH_COMMISSIONER_EMAIL, BENCH_PASSWORD } from './london-people';
import { median, repeatedly, Runs, timed } from './timing';

const VOLUME = londonVolume();
const SERVICES = londonServices(VOLUME);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const repeat = (work: () => Promise<unknown>): Promise<Runs> => repeatedly(work, RUNS);
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const TARGET_MS = 2_000;

// The year-wide report is normally an export; answering it during the request lets HTTP time it too.
process.env.COMPLIANCE_REPORT_INLINE_MAX_DAYS = '366';

const log = (line: string): void => void process.stderr.write(`[bench:report] ${line}\n`);
async function withClient<T>(bench: BenchApp, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: bench.config.databaseUrl });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 0');
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The Commissioner of the generated data, signed in. */
async function commissionerToken(bench: BenchApp): Promise<string> {
  const response = await fetch(`${bench.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_COMMISSIONER_EMAIL, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

const reportOverHttp = (bench: BenchApp, token: string, query: Record<string, string>) => async (): Promise<string> => {
  const response = await fetch(`${bench.url}/api/v1/compliance-reports?${new URLSearchParams(query).toString()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`report answered ${response.status}: ${body}`);
  return body;
};

/** Empties the operating system's page cache too, where the machine allows it (root on Linux). */
function dropPageCache(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/** The straightforward way, for comparison: every breakdown straight from the ten million instances. */
const DIRECT_BREAKDOWNS = `
  SELECT deadline_source, "right", duty_code, agency, borough_code, offence_group, enhanced,
         date_trunc('month', triggered_at AT TIME ZONE 'Europe/London') AS period, status, count(*)
    FROM duty_instances
   WHERE triggered_at >= '2025-01-01T00:00:00Z' AND triggered_at < '2026-01-01T00:00:00Z'
   GROUP BY GROUPING SETS ((deadline_source, status), (deadline_source, "right", status),
                           (deadline_source, "right", agency, duty_code, status), (deadline_source, agency, status),
                           (deadline_source, borough_code, status), (deadline_source, offence_group, status),
                           (deadline_source, enhanced, status), (deadline_source, period, status))`;
const DIRECT_SIMPLEST = `
  SELECT deadline_source, status, count(*) FROM duty_instances
   WHERE triggered_at >= '2025-01-01T00:00:00Z' AND triggered_at < '2026-01-01T00:00:00Z' GROUP BY 1, 2`;

async function directBaseline(bench: BenchApp): Promise<Record<string, number>> {
  return withClient(bench, async (client) => ({
    simplestGroupByWarmMs: Math.round((await timed(() => client.query(DIRECT_SIMPLEST)))[0]),
    allBreakdownsMs: Math.round((await timed(() => client.query(DIRECT_BREAKDOWNS)))[0]),
  }));
}

/** What the duty change hook adds to a transaction of the engine: six instances created (a victim linked). */
async function hookCost(bench: BenchApp): Promise<Runs> {
  const instances = await bench.dataSource.getRepository(DutyInstance).find({ take: 6 });
  const times: number[] = [];
  for (let run = 0; run < 200; run++) {
    const runner = bench.dataSource.createQueryRunner();
    await runner.startTransaction();
    const [ms] = await timed(() =>
      applyRollupChanges(
        runner.manager,
        instances.map((instance) => ({ before: null, after: instance })),
      ),
    );
    times.push(ms);
    await runner.rollbackTransaction();
    await runner.release();
  }
  return {
    medianMs: Math.round(median(times) * 100) / 100,
    minMs: Math.round(Math.min(...times) * 100) / 100,
    maxMs: Math.round(Math.max(...times) * 100) / 100,
    runs: 200,
  };
}

async function tableSizes(bench: BenchApp): Promise<Record<string, unknown>> {
  const sizes = await bench.dataSource.query<{ name: string; rows: string; total: string; heap: string }[]>(
    `SELECT relname AS name, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS total,
            pg_size_pretty(pg_relation_size(oid)) AS heap
       FROM pg_class
      WHERE relname IN ('duty_instances', 'case_events', 'crimes', 'cases', 'crime_victims', 'victims',
                        'duty_compliance_rollup', 'case_report_facts')
      ORDER BY pg_total_relation_size(oid) DESC`,
  );
  const grains = await bench.dataSource.query<{ grain: string; rows: number }[]>(
    `SELECT grain, count(*)::int AS rows FROM duty_compliance_rollup GROUP BY grain ORDER BY grain`,
  );
  return {
    tables: Object.fromEntries(
      sizes.map((table) => [table.name, { rows: Number(table.rows), total: table.total, heap: table.heap }]),
    ),
    rollupRowsByGrain: Object.fromEntries(grains.map((grain) => [grain.grain, grain.rows])),
  };
}

async function postgresSettings(bench: BenchApp): Promise<Record<string, string>> {
  const rows = await bench.dataSource.query<{ name: string; setting: string }[]>(
    `SELECT name, current_setting(name) AS setting FROM unnest(ARRAY['server_version', 'shared_buffers', 'work_mem',
            'max_parallel_workers_per_gather']) AS name`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}

/**
 * The Commissioner's year-wide London report over a million cases and ten million duty instances:
 * generates the London data set once (kept in .data/bench-london, shared with `npm run bench`), then
 * times the report cold (PostgreSQL just restarted, page cache dropped where allowed) and warm, over
 * HTTP and in process, against the straightforward query it replaces. Writes bench/results/code-compliance-report.json.
 */
async function main(): Promise<object> {
  const loadBefore = loadavg();
  const services = await startBenchServices(SERVICES);
  let data: LondonDataFigures;
  try {
    data = await ensureLondonData(services, VOLUME);
  } finally {
    await services.stop();
  }

  const pageCacheDropped = dropPageCache();
  const bench = await startBenchApp(SERVICES);
  try {
    const token = await commissionerToken(bench);
    const yearJson = reportOverHttp(bench, token, YEAR);
    const [coldMs, body] = await timed(yearJson);
    const report = JSON.parse(body) as { compliance: { code: { overall: Record<string, unknown> } } };
    log(`cold year-wide report: ${Math.round(coldMs)} ms`);
    const builder = bench.app.get(ComplianceReportBuilder);
    const warm = {
      httpJson: await repeat(yearJson),
      httpCsv: await repeat(reportOverHttp(bench, token, { ...YEAR, format: 'csv' })),
      httpByWeek: await repeat(reportOverHttp(bench, token, { ...YEAR, period: 'week' })),
      httpFromMidJanuary: await repeat(reportOverHttp(bench, token, { from: '2025-01-15', to: '2026-01-14' })),
      httpOneBorough: await repeat(reportOverHttp(bench, token, { ...YEAR, boroughCode: 'E09000033' })),
      httpLargestOffenceGroup: await repeat(reportOverHttp(bench, token, { ...YEAR, offenceGroup: 'other' })),
      inProcessBuild: await repeat(() =>
        builder.build({ ...YEAR, boroughCode: null, offenceGroup: null, period: ReportPeriod.Month }),
      ),
    };
    log(`warm year-wide report (median of ${RUNS}): ${warm.httpJson.medianMs} ms`);
    log('timing the straightforward query over duty_instances for comparison...');
    const direct = await directBaseline(bench);
    const output = {
      scenario: "GET /api/v1/compliance-reports: the Commissioner's year-wide London report (2025)",
      volume: { ...VOLUME, dutyInstances: VOLUME.cases * VOLUME.dutiesPerCase, boroughs: 33, offenceGroups: 13 },
      data,
      report: {
        targetMs: TARGET_MS,
        cold: { ms: Math.round(coldMs), pageCacheDropped, postgresRestarted: true },
        warm,
        codeOverall: report.compliance.code.overall,
      },
      straightforwardQueryOverDutyInstances: direct,
      dutyChangeHookMs: await hookCost(bench),
      ...(await tableSizes(bench)),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAverageBefore: loadBefore.map((load) => Math.round(load * 100) / 100),
        loadAverageAfter: loadavg().map((load) => Math.round(load * 100) / 100),
        postgres: await postgresSettings(bench),
      },
      measuredAt: new Date().toISOString(),
    };
    return output;
  } finally {
    await bench.close();
  }
}

runBenchmark('code-compliance-report', main);
