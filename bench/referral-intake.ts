import { runBenchmark } from './bench-runner';
import autocannon from 'autocannon';
import { Organisation, OrganisationKind } from '@vs/auth';
import { Role } from '@vs/platform';
import { ServiceProvision, SupportService } from '@vs/referrals';
import { countQueries } from '@vs/testing';
import { BenchApp, signInBenchStaff, startBenchApp } from './bench-app';
import { referralBody, referralCsv, RUN } from './referral-bodies';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 10_000);
/** A police referrer of a fresh unit, signed in, and services that take what triage proposes. */
async function prepare(bench: BenchApp): Promise<string> {
  const organisations = bench.dataSource.getRepository(Organisation);
  const service = await organisations.save(
    organisations.create({ name: `Intake bench service ${RUN}`, kind: OrganisationKind.VictimService }),
  );
  const provisions = bench.dataSource.getRepository(ServiceProvision);
  for (const provided of [SupportService.Idva, SupportService.GeneralVictimSupport])
    await provisions.save(
      provisions.create({ organisationId: service.id, service: provided, firstContactTargetWorkingDays: 2 }),
    );
  return (await signInBenchStaff(bench, Role.PoliceCaseOfficer)).accessToken;
}

/** Single POST /referrals under load, each request a new victim with its own idempotency key. */
async function singlePosts(bench: BenchApp, token: string) {
  let sent = 0;
  const result = await autocannon({
    url: `${bench.url}/api/v1/referrals`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          sent += 1;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'idempotency-key': `bench-${RUN}-single-${sent}`,
            },
            body: JSON.stringify(referralBody(sent, 'single')),
          };
        },
      },
    ],
  });
  return {
    referralsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** One CSV file of `rows` referrals through POST /referrals/imports: its wall time and rows per second. */
async function csvImport(bench: BenchApp, token: string, rows: number, prefix: string) {
  const body = referralCsv(rows, prefix);
  const started = performance.now();
  const response = await fetch(`${bench.url}/api/v1/referrals/imports`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
  });
  const report = (await response.json()) as { imported: number; rejected: number };
  const seconds = (performance.now() - started) / 1000;
  if (!response.ok || report.imported !== rows)
    throw new Error(`import answered ${response.status}: ${JSON.stringify(report).slice(0, 500)}`);
  return {
    rows,
    bytes: Buffer.byteLength(body),
    seconds: Math.round(seconds * 100) / 100,
    referralsPerSecond: Math.round(rows / seconds),
  };
}

/** The SQL statements one referral costs (a new victim, triage, grants, history and audit). */
async function queriesPerReferral(bench: BenchApp, token: string): Promise<number> {
  return countQueries(bench.dataSource, async () => {
    const response = await fetch(`${bench.url}/api/v1/referrals`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': `bench-${RUN}-counted`,
      },
      body: JSON.stringify(referralBody(0, 'counted')),
    });
    if (response.status !== 201) throw new Error(`POST /referrals answered ${response.status}`);
  });
}

/**
 * Referral intake throughput: single POSTs under autocannon (unique keys, a new victim each) and
 * bulk CSV imports, ending with one file of 10,000 rows. Writes bench/results/referral-intake.json.
 */
async function main(): Promise<object> {
  const bench = await startBenchApp({
    dataDir: process.env.BENCH_DATA_DIR ?? 'bench-intake',
    postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54370),
    redisPort: Number(process.env.BENCH_REDIS_PORT ?? 63770),
  });
  try {
    const token = await prepare(bench);
    const sqlQueriesPerReferral = await queriesPerReferral(bench, token);
    await csvImport(bench, token, 200, 'warmup');
    const single = await singlePosts(bench, token);
    const bulk = await csvImport(bench, token, CSV_ROWS, 'bulk');
    const output = {
      endpoints: ['POST /api/v1/referrals', 'POST /api/v1/referrals/imports'],
      singlePosts: { seconds: SECONDS, connections: CONNECTIONS, ...single },
      csvImport: bulk,
      sqlQueriesPerReferral,
      measuredAt: new Date().toISOString(),
    };
    return output;
  } finally {
    await bench.close();
  }
}

runBenchmark('referral-intake', main);
