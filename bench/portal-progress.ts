import { startBenchApp } from './bench-app';
import { runBenchmark } from './bench-runner';
import { startCeiling } from './ceiling';
import { measure, measureGet } from './load';
import { followedBusyCase, HEARINGS, VISIBLE_EVENTS } from './portal-fixtures';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** GET /api/v1/portal/cases/:id/progress: throughput, latency and SQL statements per request (each read audited). */
async function main(): Promise<object> {
  const bench = await startBenchApp({
    dataDir: 'bench-portal',
    postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54380),
    redisPort: Number(process.env.BENCH_REDIS_PORT ?? 63780),
  });
  const ceiling = await startCeiling(bench.config.databaseUrl);
  try {
    const { caseId, portalToken } = await followedBusyCase(bench);
    const headers = { authorization: `Bearer ${portalToken}` };
    const url = `${bench.url}/api/v1/portal/cases/${caseId}/progress`;
    const figures = await measureGet(bench.dataSource, url, headers, SECONDS);
    // Measured right after the endpoint, in the same run, so both see the same machine load.
    await measure(ceiling.url, {}, 3);
    const ceilingFigures = await measure(ceiling.url, {}, SECONDS);
    const output = {
      endpoint: 'GET /api/v1/portal/cases/:id/progress',
      case: { visibleEvents: VISIBLE_EVENTS, hearings: HEARINGS },
      seconds: SECONDS,
      connections: 20,
      ...figures,
      ceiling: ceilingFigures,
      ratioToCeiling: Number((figures.requestsPerSecond / ceilingFigures.requestsPerSecond).toFixed(3)),
      measuredAt: new Date().toISOString(),
    };
    return output;
  } finally {
    await ceiling.close();
    await bench.close();
  }
}

runBenchmark('portal-progress', main);
