import { PortalSessionService } from '@vs/auth';
import { Role } from '@vs/platform';
import { BenchApp, signInBenchStaff, startBenchApp } from './bench-app';
import { runBenchmark } from './bench-runner';
import { startCeiling } from './ceiling';
import { measure, measureGet } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const VISIBLE_EVENTS = 30;
const HEARINGS = 3;

/**
 * A followed case with VISIBLE_EVENTS events the victim may see (crime recorded and the hearing
 * listings among them) and HEARINGS future hearings; returns the case and the victim's portal token.
 */
async function followedBusyCase(bench: BenchApp): Promise<{ caseId: string; portalToken: string }> {
  const { userId: officerId, accessToken: token } = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${bench.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const { id: caseId } = await post('/cases', {
    crimeReference: `PBENCH/${Date.now()}`,
    offence: 'Controlling or coercive behaviour',
    offenceGroup: 'domestic_abuse',
    boroughCode: 'E09000019',
    reportedAt: '2025-01-06T09:00:00Z',
    officerInCaseId: officerId,
  });
  const victim = await post('/victims', {
    givenNames: 'Portal',
    familyName: `Bench ${Date.now()}`,
    dateOfBirth: '1990-02-03',
  });
  await post(`/cases/${caseId}/victims`, { victimId: victim.id });
  await post(`/victims/${victim.id}/portal-invitations`, { caseId });
  const told = { visibleToVictim: true, victimLine: 'There is news about your case.' };
  for (let index = 0; index < HEARINGS; index++) {
    await post(`/cases/${caseId}/hearings`, {
      ...told,
      occurredAt: '2025-02-01T09:00:00Z',
      court: 'Highbury Corner Magistrates’ Court',
      startsAt: `2099-03-0${index + 1}T10:00:00Z`,
      type: 'other',
    });
  }
  for (let index = 0; index < VISIBLE_EVENTS - HEARINGS - 1; index++) {
    await post(`/cases/${caseId}/events`, {
      ...told,
      type: 'bail_changed',
      occurredAt: '2025-01-20T09:00:00Z',
      details: { outcome: 'conditional_bail' },
    });
  }
  const { tokens } = await bench.dataSource.transaction((manager) =>
    bench.app.get(PortalSessionService).start(manager, victim.id),
  );
  return { caseId, portalToken: tokens.accessToken };
}

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
