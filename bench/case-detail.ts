import { Role } from '@vs/platform';
import { BenchApp, signInBenchStaff, startBenchApp } from './bench-app';
import { runBenchmark } from './bench-runner';
import { measureGet } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const EVENTS = 50;
const HEARINGS = 5;

type Call = <T = { id: string }>(method: string, path: string, body?: unknown) => Promise<T>;

/** Calls the API as the holder of `token` (none: anonymously), failing on any error answer. */
const apiAs =
  (bench: BenchApp, token: string | null): Call =>
  async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${bench.url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };

/** A case with one victim, EVENTS events (crime_recorded and hearing listings included) and HEARINGS hearings. */
async function busyCase(officerId: string, call: Call): Promise<string> {
  const { id } = await call('POST', '/cases', {
    crimeReference: `BENCH/${Date.now()}`,
    offence: 'Controlling or coercive behaviour',
    offenceGroup: 'domestic_abuse',
    boroughCode: 'E09000019',
    reportedAt: '2025-01-06T09:00:00Z',
    officerInCaseId: officerId,
  });
  const victim = await call('POST', '/victims', {
    givenNames: 'Bench',
    familyName: `Victim ${Date.now()}`,
    dateOfBirth: '1990-02-03',
  });
  await call('POST', `/cases/${id}/victims`, { victimId: victim.id });
  const told = { visibleToVictim: true, victimLine: 'There is news about your case.' };
  for (let index = 0; index < HEARINGS; index++) {
    await call('POST', `/cases/${id}/hearings`, {
      ...told,
      occurredAt: '2025-02-01T09:00:00Z',
      court: 'Highbury Corner Magistrates’ Court',
      startsAt: `2025-03-0${index + 1}T10:00:00Z`,
      type: 'other',
    });
  }
  for (let index = 0; index < EVENTS - HEARINGS - 1; index++) {
    await call('POST', `/cases/${id}/events`, {
      ...told,
      type: 'bail_changed',
      occurredAt: '2025-01-20T09:00:00Z',
      details: { outcome: 'conditional_bail' },
    });
  }
  return id;
}

/**
 * GET /api/v1/cases/:id for a case with 50 events and 5 hearings: latency, throughput and the SQL
 * statements per request (constant by design: no N+1). Each read also writes its audit record.
 */
async function main(): Promise<object> {
  const bench = await startBenchApp();
  try {
    const officer = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
    const caseId = await busyCase(officer.userId, apiAs(bench, officer.accessToken));
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
