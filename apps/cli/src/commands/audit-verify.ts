import { DataSource } from 'typeorm';
import { AuditChainVerifier, ChainVerification } from '@vs/audit';
import { buildDataSourceOptions } from '@vs/platform';

/** The exit code when the chain is broken, distinct from a failure to run the check (1). */
const AUDIT_CHAIN_BROKEN_EXIT_CODE = 3;

function describeVerification(result: ChainVerification): string {
  const counts = `${result.checked} sealed records checked, ${result.unsealed} not yet sealed`;
  if (!result.firstBroken) return `audit chain intact: ${counts}`;
  const { seq, auditEventId, reason } = result.firstBroken;
  return `audit chain BROKEN: first broken record is audit event ${auditEventId} at chain position ${seq} (${reason}); ${counts}`;
}

/** Verifies the audit hash chain; exits 0 when intact and 3 when broken, naming the first broken record. */
export async function verifyAuditChain(databaseUrl: string): Promise<number> {
  const dataSource = new DataSource(
    buildDataSourceOptions(databaseUrl, { poolSize: 2, applicationName: 'vs-audit-verify' }),
  );
  await dataSource.initialize();
  try {
    const result = await new AuditChainVerifier(dataSource).verify();
    process.stdout.write(`${describeVerification(result)}\n`);
    return result.intact ? 0 : AUDIT_CHAIN_BROKEN_EXIT_CODE;
  } finally {
    await dataSource.destroy();
  }
}
