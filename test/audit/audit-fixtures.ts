import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditAction, AuditEntry, AuditService } from '@vs/audit';
import { Actor, newId, Role } from '@vs/platform';
import { TestApp } from '@vs/testing';

export const testActor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: newId(),
  role: Role.Auditor,
  organisationId: newId(),
  team: null,
  sessionId: newId(),
  requestId: `req-${newId()}`,
  clientIp: '127.0.0.1',
  breakGlassReason: null,
  purpose: null,
  ...overrides,
});

export const testEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  actor: { userId: newId(), role: Role.Advocate, organisationId: newId() },
  origin: { requestId: `req-${newId()}`, clientIp: '10.0.0.8' },
  action: AuditAction.Read,
  entityType: 'victim',
  entityId: newId(),
  ...overrides,
});

/** Records each entry in a committed transaction of its own, in order. */
export async function recordEach(app: TestApp, entries: AuditEntry[]): Promise<void> {
  const audit = app.app.get(AuditService);
  for (const entry of entries) await app.dataSource.transaction((manager) => audit.record(manager, entry));
}

export async function countRows(
  dataSource: DataSource,
  table: 'audit_events' | 'audit_seals' | 'audit_unsealed',
): Promise<number> {
  const [row] = await dataSource.query<{ count: string }[]>(`SELECT count(*) AS count FROM ${table}`);
  return Number(row?.count);
}

/**
 * Runs SQL as a superuser with triggers switched off, on a connection of its own: what an
 * attacker with full database access could do, and what verification must then detect.
 */
export async function tamper(app: TestApp, sql: string, parameters: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await client.query(sql, parameters);
  } finally {
    await client.end();
  }
}
