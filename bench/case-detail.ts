import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Organisation, OrganisationKind, PasswordHasher, StaffUser } from '@vs/auth';
import { Role } from '@vs/platform';
import { BenchApp, startBenchApp } from './bench-app';
import { measure } from './load';
import { countQueries } from '@vs/testing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench marble otter lighthouse';
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

/** A police case officer of a fresh unit, signed in. */
async function signedInOfficer(bench: BenchApp): Promise<{ officerId: string; accessToken: string }> {
  const organisations = bench.dataSource.getRepository(Organisation);
  const organisation = await organisations.save(
    organisations.create({ name: `Bench unit ${Date.now()}`, kind: OrganisationKind.PoliceUnit }),
  );
  const email = `bench-officer-${Date.now()}@bench.vs.london`;
  const repository = bench.dataSource.getRepository(StaffUser);
  const officer = await repository.save(
    repository.create({
      email,
      displayName: 'Bench officer',
      role: Role.PoliceCaseOfficer,
      organisationId: organisation.id,
      team: null,
      passwordHash: await new PasswordHasher().hash(PASSWORD),
    }),
  );
  const { accessToken } = await apiAs(bench, null)<{ accessToken: string }>('POST', '/auth/login', {
    email,
    password: PASSWORD,
  });
  return { officerId: officer.id, accessToken };
}

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
async function main(): Promise<void> {
  const bench = await startBenchApp();
  try {
    const { officerId, accessToken } = await signedInOfficer(bench);
    const caseId = await busyCase(officerId, apiAs(bench, accessToken));
    const headers = { authorization: `Bearer ${accessToken}` };
    const url = `${bench.url}/api/v1/cases/${caseId}`;
    const queriesPerRequest = await countQueries(bench.dataSource, async () => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      await response.arrayBuffer();
    });
    await measure(url, headers, 3); // warm-up: JIT, connection pool
    const figures = await measure(url, headers, SECONDS);
    const output = {
      endpoint: 'GET /api/v1/cases/:id',
      case: { events: EVENTS, hearings: HEARINGS, victims: 1 },
      seconds: SECONDS,
      connections: 20,
      ...figures,
      sqlQueriesPerRequest: queriesPerRequest,
      measuredAt: new Date().toISOString(),
    };
    writeFileSync(
      join(__dirname, '..', '..', 'bench', 'results', 'case-detail.json'),
      `${JSON.stringify(output, null, 2)}\n`,
    );
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } finally {
    await bench.close();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
