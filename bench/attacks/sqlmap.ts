import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PortalSessionService } from '@vs/auth';
import { Role } from '@vs/platform';
import { apiAs } from '../case-fixtures';
import { BenchApp, BenchStaff, signInBenchStaff, startBenchApp } from '../bench-app';
import { runBenchmark } from '../bench-runner';

/** sqlmap's thoroughness: level 1-5 (how many payloads), risk 1-3 (how heavy). Raise them for a longer run. */
const LEVEL = Number(process.env.SQLMAP_LEVEL ?? 3);
const RISK = Number(process.env.SQLMAP_RISK ?? 2);
/** sqlmap processes at once; the API and its PostgreSQL share the machine's two cores with them. */
const PARALLEL = Number(process.env.SQLMAP_PARALLEL ?? 3);
/** The whole run stays within about ten minutes: an endpoint not finished by then is a failure, not a pass. */
const DEADLINE_MS = Number(process.env.SQLMAP_DEADLINE_SECONDS ?? 540) * 1000;
const WORK_DIR = join(__dirname, '..', '..', '..', '.data', 'bench-sqlmap', 'sqlmap');

type Caller = 'officer' | 'advocate' | 'manager' | 'auditor' | 'commissioner' | 'admin' | 'victim';

/** One search or filter endpoint: its URL with valid values for every parameter, and who may call it. */
interface Target {
  readonly endpoint: string;
  readonly caller: Caller;
  /** Path and query with a valid value for every parameter; `*` marks a path parameter to attack. */
  readonly url: string;
  /** Query parameters to attack; empty when the URL marks a path parameter instead. */
  readonly parameters: readonly string[];
}

interface Seeded {
  readonly tokens: Readonly<Record<Caller, string>>;
  readonly officerId: string;
  readonly advocateId: string;
  readonly organisationId: string;
  readonly caseId: string;
  readonly crimeReference: string;
  readonly victimId: string;
  /** A complaint the victim made through the portal. */
  readonly complaintId: string;
}

interface EndpointResult {
  readonly endpoint: string;
  readonly caller: Caller;
  readonly parameters: readonly string[];
  readonly requests: number;
  /** HTTP status of every answer sqlmap got: anything 5xx is a failure of its own. */
  readonly statuses: Readonly<Record<string, number>>;
  readonly verdict: 'not injectable' | 'INJECTABLE' | 'inconclusive';
  readonly seconds: number;
}

/** A crime with a linked victim invited to the portal, and a member of staff of every role that searches. */
async function seed(bench: BenchApp): Promise<Seeded> {
  const officer = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
  const post = (path: string, body: unknown, token = officer.accessToken): Promise<{ id: string }> =>
    apiAs(bench, token)('POST', path, body);
  const crimeReference = `SQLMAP${Date.now() % 100_000_000}/25`;
  const { id: caseId } = await post('/cases', {
    crimeReference,
    offence: 'Controlling or coercive behaviour',
    offenceGroup: 'domestic_abuse',
    boroughCode: 'E09000019',
    reportedAt: '2025-01-06T09:00:00Z',
    officerInCaseId: officer.userId,
  });
  const { id: victimId } = await post('/victims', {
    givenNames: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: '1990-02-03',
    // The bench database is kept between runs; each run records a victim of its own.
    createAnyway: true,
    reason: 'A new victim for this sqlmap run',
  });
  await post(`/cases/${caseId}/victims`, { victimId });
  await post(`/victims/${victimId}/portal-invitations`, { caseId });
  const manager = await signInBenchStaff(bench, Role.ServiceManager);
  const advocate: BenchStaff = await signInBenchStaff(bench, Role.Advocate, manager.organisationId);
  const { tokens: portal } = await bench.dataSource.transaction((manager) =>
    bench.app.get(PortalSessionService).start(manager, victimId),
  );
  const complaint = await post(
    `/portal/cases/${caseId}/complaints`,
    { agency: 'police', details: 'Nobody told me about the arrest.' },
    portal.accessToken,
  );
  return {
    tokens: {
      officer: officer.accessToken,
      advocate: advocate.accessToken,
      manager: manager.accessToken,
      auditor: (await signInBenchStaff(bench, Role.Auditor)).accessToken,
      commissioner: (await signInBenchStaff(bench, Role.Commissioner)).accessToken,
      admin: (await signInBenchStaff(bench, Role.Admin)).accessToken,
      victim: portal.accessToken,
    },
    officerId: officer.userId,
    advocateId: advocate.userId,
    organisationId: officer.organisationId,
    caseId,
    crimeReference,
    victimId,
    complaintId: complaint.id,
  };
}

const query = (values: Record<string, string>): { search: string; parameters: string[] } => ({
  search: new URLSearchParams(values).toString(),
  parameters: Object.keys(values),
});

const searchTarget = (endpoint: string, caller: Caller, path: string, values: Record<string, string>): Target => {
  const { search, parameters } = query(values);
  return { endpoint, caller, url: `${path}?${search}`, parameters };
};

/** Every list endpoint that takes search or filter parameters, found from the controllers' @Query DTOs. */
function targets(seeded: Seeded): Target[] {
  const page = { limit: '10', cursor: seeded.caseId };
  const auditFilter = {
    victimId: seeded.victimId,
    actorId: seeded.officerId,
    entityType: 'victim',
    entityId: seeded.victimId,
    action: 'read',
    from: '2025-01-01',
    to: '2099-01-01',
  };
  return [
    searchTarget('GET /victims', 'officer', '/victims', { name: 'Ada Lovelace', dateOfBirth: '1990-02-03', ...page }),
    searchTarget('GET /referrals', 'advocate', '/referrals', {
      state: 'received',
      service: 'idva',
      overdue: 'false',
      ...page,
    }),
    searchTarget('GET /referrals/services', 'manager', '/referrals/services', { service: 'idva' }),
    searchTarget('GET /cases', 'officer', '/cases', {
      boroughCode: 'E09000019',
      offenceGroup: 'domestic_abuse',
      stage: 'reported',
      officerInCaseId: seeded.officerId,
      crimeReference: seeded.crimeReference,
      ...page,
    }),
    searchTarget('GET /caseload', 'manager', '/caseload', { advocateUserId: seeded.advocateId }),
    searchTarget('GET /audit/events', 'auditor', '/audit/events', { ...auditFilter, limit: '10', cursor: '1' }),
    searchTarget('GET /audit/events/export', 'auditor', '/audit/events/export', auditFilter),
    searchTarget('GET /audit/break-glass', 'auditor', '/audit/break-glass', {
      from: '2025-01-01',
      to: '2099-01-01',
      limit: '10',
      cursor: '1',
    }),
    searchTarget('GET /compliance-reports', 'commissioner', '/compliance-reports', {
      from: '2025-01-01',
      to: '2025-03-31',
      boroughCode: 'E09000019',
      offenceGroup: 'domestic_abuse',
      period: 'month',
    }),
    searchTarget('GET /duty-alerts', 'officer', '/duty-alerts', { state: 'all', ...page }),
    searchTarget('GET /partner-events/rejections', 'officer', '/partner-events/rejections', {
      senderSystem: 'niche-rms',
      reasonCode: 'invalid_event',
      ...page,
    }),
    searchTarget('GET /admin/users', 'admin', '/admin/users', {
      organisationId: seeded.organisationId,
      role: 'advocate',
      ...page,
    }),
    searchTarget('GET /admin/organisations', 'admin', '/admin/organisations', page),
    searchTarget('GET /admin/notifications/dead-letters', 'admin', '/admin/notifications/dead-letters', page),
    searchTarget('GET /notifications/diverted', 'officer', '/notifications/diverted', page),
    // The portal's lists take no query parameters; the ids in their paths are what a victim controls.
    {
      endpoint: 'GET /portal/cases/:id/progress',
      caller: 'victim',
      url: `/portal/cases/${seeded.caseId}*/progress`,
      parameters: [],
    },
    {
      endpoint: 'GET /portal/cases/:id/survey-answers',
      caller: 'victim',
      url: `/portal/cases/${seeded.caseId}*/survey-answers`,
      parameters: [],
    },
    {
      endpoint: 'GET /portal/requests/:id',
      caller: 'victim',
      url: `/portal/requests/${seeded.complaintId}*`,
      parameters: [],
    },
  ];
}

const countMatches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

function statusesIn(traffic: string): Record<string, number> {
  const statuses: Record<string, number> = {};
  for (const [, status] of traffic.matchAll(/^HTTP response \[#\d+\] \((\d{3})/gm)) {
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return statuses;
}

/** Runs sqlmap on one target and reads its verdict, request count and answers from its output and traffic log. */
async function attack(
  bench: BenchApp,
  seeded: Seeded,
  target: Target,
  index: number,
  deadline: number,
): Promise<EndpointResult> {
  const outputDir = join(WORK_DIR, String(index));
  mkdirSync(outputDir, { recursive: true });
  const trafficFile = join(outputDir, 'traffic.txt');
  const args = [
    '-u',
    `${bench.url}/api/v1${target.url}`,
    `--headers=Authorization: Bearer ${seeded.tokens[target.caller]}`,
    ...(target.parameters.length > 0 ? ['-p', target.parameters.join(',')] : []),
    `--level=${LEVEL}`,
    `--risk=${RISK}`,
    '--dbms=PostgreSQL',
    '--batch',
    '--flush-session',
    '--disable-coloring',
    '--timeout=15',
    '--retries=1',
    `--output-dir=${outputDir}`,
    '-t',
    trafficFile,
  ];
  const started = Date.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), Math.max(0, deadline - Date.now()));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
  const traffic = readFileSync(trafficFile, { encoding: 'utf8', flag: 'a+' });
  const verdict = output.includes('identified the following injection point')
    ? 'INJECTABLE'
    : /all tested parameters do not appear to be injectable|parameter '.*' does not seem to be injectable/.test(
          output,
        ) &&
        !output.includes('user aborted') &&
        Date.now() < deadline
      ? 'not injectable'
      : 'inconclusive';
  return {
    endpoint: target.endpoint,
    caller: target.caller,
    parameters: target.parameters.length > 0 ? target.parameters : ['(path id)'],
    requests: countMatches(traffic, /^HTTP request \[#\d+\]/gm),
    statuses: statusesIn(traffic),
    verdict,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

/** Runs the attacks PARALLEL at a time, in order, all within the deadline. */
async function attackAll(bench: BenchApp, seeded: Seeded, all: Target[]): Promise<EndpointResult[]> {
  const deadline = Date.now() + DEADLINE_MS;
  const results: EndpointResult[] = new Array<EndpointResult>(all.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < all.length) {
      const index = next++;
      results[index] = await attack(bench, seeded, all[index], index, deadline);
      const result = results[index];
      process.stderr.write(
        `${result.verdict.padEnd(14)} ${result.endpoint.padEnd(40)} ${String(result.requests).padStart(6)} requests  ` +
          `${result.parameters.length} parameters  ${JSON.stringify(result.statuses)}  ${result.seconds}s\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return results;
}

/**
 * sqlmap against every search and filter endpoint of the API with every query parameter marked, as
 * the role that may call it. PASS iff sqlmap confirms no injection anywhere, every endpoint finished
 * within the deadline, and no answer was a 5xx.
 */
async function main(): Promise<object> {
  rmSync(WORK_DIR, { recursive: true, force: true });
  const bench = await startBenchApp({ dataDir: 'bench-sqlmap', postgresPort: 55125, redisPort: 64125 });
  try {
    const seeded = await seed(bench);
    const all = targets(seeded);
    const started = Date.now();
    const results = await attackAll(bench, seeded, all);
    const serverErrors = results.reduce(
      (sum, result) =>
        sum +
        Object.entries(result.statuses).reduce(
          (inner, [status, count]) => inner + (Number(status) >= 500 ? count : 0),
          0,
        ),
      0,
    );
    const pass = results.every((result) => result.verdict === 'not injectable') && serverErrors === 0;
    const output = {
      verdict: pass ? 'PASS' : 'FAIL',
      tool: `sqlmap --level=${LEVEL} --risk=${RISK} --dbms=PostgreSQL --batch`,
      endpoints: results.length,
      parameters: results.reduce((sum, result) => sum + result.parameters.length, 0),
      requests: results.reduce((sum, result) => sum + result.requests, 0),
      injectable: results.filter((result) => result.verdict === 'INJECTABLE').map((result) => result.endpoint),
      inconclusive: results.filter((result) => result.verdict === 'inconclusive').map((result) => result.endpoint),
      serverErrors,
      seconds: Math.round((Date.now() - started) / 1000),
      results,
      measuredAt: new Date().toISOString(),
    };
    return output;
  } finally {
    await bench.close();
  }
}

runBenchmark('sqlmap', main);
