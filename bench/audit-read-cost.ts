import { runBenchmark } from './bench-runner';
import { AuditService } from '@vs/audit';
import { Role } from '@vs/platform';
import { signInBenchStaff, startBenchApp } from './bench-app';
import { LoadFigures, measure } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 2;

/**
 * The cost of auditing a read (issue 3): GET /api/v1/admin/users/:id writes an audit record in
 * the read's transaction. In the same run, the same endpoint is measured with the audit write
 * replaced by a no-op, alternating the two so drift affects both alike.
 */
async function main(): Promise<object> {
  const bench = await startBenchApp();
  try {
    const admin = await signInBenchStaff(bench, Role.Admin);
    const url = `${bench.url}/api/v1/admin/users/${admin.userId}`;
    const accessToken = admin.accessToken;
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
    return output;
  } finally {
    await bench.close();
  }
}

runBenchmark('audit-read-cost', main);
