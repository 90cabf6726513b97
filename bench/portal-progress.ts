import { startBenchApp } from './bench-app';
import { runBenchmark } from './bench-runner';
import { measureGet } from './load';
import { followedBusyCase, HEARINGS, VISIBLE_EVENTS } from './portal-fixtures';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** GET /api/v1/portal/cases/:id/progress: throughput, latency and SQL statements per request (each read audited). */
async function main(): Promise<object> {
  const bench = await startBenchApp({ dataDir: 'bench-portal', postgresPort: 54380, redisPort: 63780 });
  try {
    const { caseId, portalToken } = await followedBusyCase(bench);
    const headers = { authorization: `Bearer ${portalToken}` };
    const url = `${bench.url}/api/v1/portal/cases/${caseId}/progress`;
    const figures = await measureGet(bench.dataSource, url, headers, SECONDS);
    const output = {
      endpoint: 'GET /api/v1/portal/cases/:id/progress',
      case: { visibleEvents: VISIBLE_EVENTS, hearings: HEARINGS },
      seconds: SECONDS,
      connections: 20,
      ...figures,
      measuredAt: new Date().toISOString(),
    };
    return output;
  } finally {
    await bench.close();
  }
}

runBenchmark('portal-progress', main);
