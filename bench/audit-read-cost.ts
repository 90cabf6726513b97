import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditService } from '@vs/audit';
import { Organisation, OrganisationKind, PasswordHasher, StaffUser } from '@vs/auth';
import { Role } from '@vs/platform';
import { startBenchApp } from './bench-app';
import { LoadFigures, measure } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;

/**
 * The cost of auditing a read (issue 3): GET /api/v1/admin/users/:id writes an audit record in
 * the read's transaction. In the same run, the same endpoint is measured with the audit write
 * replaced by a no-op, alternating the two so drift affects both alike.
 */
async function main(): Promise<void> {
  const bench = await startBenchApp();
  try {
    const repository = bench.dataSource.getRepository(StaffUser);
    const organisations = bench.dataSource.getRepository(Organisation);
    const organisation = await organisations.save(
      organisations.create({ name: `Bench ${Date.now()}`, kind: OrganisationKind.SystemAdministration }),
    );
    const email = `bench-admin-${Date.now()}@bench.vs.london`;
    const admin = await repository.save(
      repository.create({
        email,
        displayName: 'Bench',
        role: Role.Admin,
        organisationId: organisation.id,
        team: null,
        passwordHash: await new PasswordHasher().hash('bench marble otter lighthouse'),
      }),
    );
    const login = await fetch(`${bench.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'bench marble otter lighthouse' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const url = `${bench.url}/api/v1/admin/users/${admin.id}`;
    const headers = { authorization: `Bearer ${accessToken}` };

    const audit = bench.app.get(AuditService);
    const realRecordFor = audit.recordFor.bind(audit);
    const withAudit: LoadFigures[] = [];
    const withoutAudit: LoadFigures[] = [];
    await measure(url, headers, 3); // warm-up: JIT, connection pool
    for (let round = 0; round < ROUNDS; round++) {
      audit.recordFor = realRecordFor;
      withAudit.push(await measure(url, headers, SECONDS));
      audit.recordFor = () => Promise.resolve();
      withoutAudit.push(await measure(url, headers, SECONDS));
    }
    audit.recordFor = realRecordFor;
    const mean = (figures: LoadFigures[], key: keyof LoadFigures): number =>
      Math.round((figures.reduce((sum, item) => sum + item[key], 0) / figures.length) * 10) / 10;
    const summary = {
      endpoint: 'GET /api/v1/admin/users/:id',
      secondsPerRound: SECONDS,
      rounds: ROUNDS,
      connections: 20,
      withAudit: {
        requestsPerSecond: mean(withAudit, 'requestsPerSecond'),
        p50Ms: mean(withAudit, 'p50Ms'),
        p99Ms: mean(withAudit, 'p99Ms'),
      },
      withoutAudit: {
        requestsPerSecond: mean(withoutAudit, 'requestsPerSecond'),
        p50Ms: mean(withoutAudit, 'p50Ms'),
        p99Ms: mean(withoutAudit, 'p99Ms'),
      },
      non2xx: [...withAudit, ...withoutAudit].reduce((sum, item) => sum + item.non2xx, 0),
    };
    const costPercent =
      Math.round((1 - summary.withAudit.requestsPerSecond / summary.withoutAudit.requestsPerSecond) * 1000) / 10;
    const output = { ...summary, auditCostPercent: costPercent, measuredAt: new Date().toISOString() };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    const results = join(__dirname, '..', '..', 'bench', 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, 'audit-read-cost.json'), `${JSON.stringify(output, null, 2)}\n`);
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
