import { Role } from '@vs/platform';
import { signInBenchStaff, startBenchApp } from './bench-app';
import { runBenchmark } from './bench-runner';
import { apiAs, busyCase } from './case-fixtures';
import { measureGet } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const EVENTS = 50;
const HEARINGS = 5;

/**
 * GET /api/v1/cases/:id for a case with 50 events and 5 hearings: latency, throughput and the SQL
 * statements per request (constant by design: no N+1). Each read also writes its audit record.
 */
async function main(): Promise<object> {
  const bench = await startBenchApp();
  try {
    const officer = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
    const { caseId } = await busyCase(apiAs(bench, officer.accessToken), officer.userId, {
      events: EVENTS,
      hearings: HEARINGS,
      hearingYear: 2025,
    });
    const headers = { authorization: `Bearer ${officer.accessToken}` };
    const figures = await measureGet(bench.dataSource, `${bench.url}/api/v1/cases/${caseId}`, headers, SECONDS);
    const output = {
      endpoint: 'GET /api/v1/cases/:id',
      case: { events: EVENTS, hearings: HEARINGS, victims: 1 },
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

runBenchmark('case-detail', main);
