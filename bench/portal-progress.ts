import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Organisation, OrganisationKind, PasswordHasher, PortalSessionService, StaffUser } from '@vs/auth';
import { Role } from '@vs/platform';
import { countQueries } from '@vs/testing';
import { BenchApp, startBenchApp } from './bench-app';
import { measure } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PASSWORD = 'bench portal otter lighthouse';
const VISIBLE_EVENTS = 30;
const HEARINGS = 3;

/** A police case officer of a fresh unit, signed in through the API. */
async function officerToken(bench: BenchApp): Promise<{ officerId: string; token: string }> {
  const organisations = bench.dataSource.getRepository(Organisation);
  const organisation = await organisations.save(
    organisations.create({ name: `Portal bench unit ${Date.now()}`, kind: OrganisationKind.PoliceUnit }),
  );
  const email = `portal-bench-${Date.now()}@bench.vs.london`;
  const staff = bench.dataSource.getRepository(StaffUser);
  const officer = await staff.save(
    staff.create({
      email,
      displayName: 'Portal bench officer',
      role: Role.PoliceCaseOfficer,
      organisationId: organisation.id,
      team: null,
      passwordHash: await new PasswordHasher().hash(PASSWORD),
    }),
  );
  const response = await fetch(`${bench.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return { officerId: officer.id, token: ((await response.json()) as { accessToken: string }).accessToken };
}

/**
 * A followed case with VISIBLE_EVENTS events the victim may see (crime recorded and the hearing
 * listings among them) and HEARINGS future hearings; returns the case and the victim's portal token.
 */
async function followedBusyCase(bench: BenchApp): Promise<{ caseId: string; portalToken: string }> {
  const { officerId, token } = await officerToken(bench);
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
async function main(): Promise<void> {
  const bench = await startBenchApp({ dataDir: 'bench-portal', postgresPort: 54380, redisPort: 63780 });
  try {
    const { caseId, portalToken } = await followedBusyCase(bench);
    const headers = { authorization: `Bearer ${portalToken}` };
    const url = `${bench.url}/api/v1/portal/cases/${caseId}/progress`;
    const queriesPerRequest = await countQueries(bench.dataSource, async () => {
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
      await response.arrayBuffer();
    });
    await measure(url, headers, 3); // warm-up: JIT, connection pool
    const figures = await measure(url, headers, SECONDS);
    const output = {
      endpoint: 'GET /api/v1/portal/cases/:id/progress',
      case: { visibleEvents: VISIBLE_EVENTS, hearings: HEARINGS },
      seconds: SECONDS,
      connections: 20,
      ...figures,
      sqlQueriesPerRequest: queriesPerRequest,
      measuredAt: new Date().toISOString(),
    };
    writeFileSync(
      join(__dirname, '..', '..', 'bench', 'results', 'portal-progress.json'),
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
