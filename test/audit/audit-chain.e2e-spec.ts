import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  AuditAction,
  AuditChainVerifier,
  AuditEvent,
  AuditSealer,
  AuditService,
  AuditVerificationService,
  ChainBreakReason,
} from '@vs/audit';
import { readTestServices, startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { countRows, recordEach, tamper, testActor, testEntry } from './audit-fixtures';

interface SealRow {
  seq: string;
  audit_event_id: string;
  previous_hash: string;
  hash: string;
}

const seals = (app: TestApp): Promise<SealRow[]> =>
  app.dataSource.query('SELECT seq::text, audit_event_id::text, previous_hash, hash FROM audit_seals ORDER BY seq');
const eventIds = async (app: TestApp): Promise<string[]> =>
  (await app.dataSource.query<{ id: string }[]>('SELECT id::text AS id FROM audit_events ORDER BY id')).map(
    (row) => row.id,
  );

/** The sealer and verifier run in the worker and the CLI; here they run on the test app's database. */
const sealerOf = (app: TestApp): AuditSealer => new AuditSealer(app.dataSource);
const verifierOf = (app: TestApp): AuditChainVerifier => new AuditChainVerifier(app.dataSource);

describe('sealing the audit trail into a hash chain', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('seals unsealed events in id order, each linked to the one before', async () => {
    await recordEach(
      app,
      Array.from({ length: 5 }, () => testEntry()),
    );
    const run = await sealerOf(app).sealPending();
    expect(run).toEqual({ sealed: 5, lockBusy: false });
    const chain = await seals(app);
    expect(chain.map((seal) => seal.seq)).toEqual(['1', '2', '3', '4', '5']);
    expect(chain.map((seal) => seal.audit_event_id)).toEqual(await eventIds(app));
    expect(chain[0]?.previous_hash).toBe('0'.repeat(64));
    chain.slice(1).forEach((seal, index) => expect(seal.previous_hash).toBe(chain[index]?.hash));
    expect(await countRows(app.dataSource, 'audit_unsealed')).toBe(0);
  });

  it('changes nothing when run again with nothing new', async () => {
    const before = await seals(app);
    expect(await sealerOf(app).sealPending()).toEqual({ sealed: 0, lockBusy: false });
    expect(await seals(app)).toEqual(before);
  });

  it('gives an event that commits late the next chain position, without waiting for it', async () => {
    const late = app.dataSource.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    try {
      await app.app.get(AuditService).record(late.manager, testEntry({ purpose: 'late' }));
      await recordEach(app, [testEntry({ purpose: 'prompt' })]);
      // The late event has the lower id but is not committed: sealing goes on without it.
      expect((await sealerOf(app).sealPending()).sealed).toBe(1);
      await late.commitTransaction();
    } finally {
      await late.release();
    }
    expect((await sealerOf(app).sealPending()).sealed).toBe(1);
    const lastTwo = await app.dataSource.query<{ purpose: string }[]>(
      'SELECT e.purpose FROM audit_seals s JOIN audit_events e ON e.id = s.audit_event_id ORDER BY s.seq DESC LIMIT 2',
    );
    expect(lastTwo.map((row) => row.purpose)).toEqual(['late', 'prompt']);
    expect((await verifierOf(app).verify()).intact).toBe(true);
  });

  it('never forks the chain when two sealers run at once', async () => {
    await recordEach(
      app,
      Array.from({ length: 30 }, () => testEntry()),
    );
    const before = await countRows(app.dataSource, 'audit_seals');
    const runs = await Promise.all([
      sealerOf(app).sealPending(),
      sealerOf(app).sealPending(),
      sealerOf(app).sealPending(),
    ]);
    const sealed = runs.reduce((total, run) => total + run.sealed, 0) + (await sealerOf(app).sealPending()).sealed;
    expect(sealed).toBe(30);
    expect(await countRows(app.dataSource, 'audit_seals')).toBe(before + 30);
    expect(await verifierOf(app).verify()).toEqual({
      intact: true,
      checked: before + 30,
      unsealed: 0,
      firstBroken: null,
    });
  });

  it('reports an intact chain, how much it checked and how much is still unsealed', async () => {
    await recordEach(app, [testEntry(), testEntry()]);
    const sealed = await countRows(app.dataSource, 'audit_seals');
    expect(await verifierOf(app).verify()).toEqual({ intact: true, checked: sealed, unsealed: 2, firstBroken: null });
  });

  it("records an auditor's verification in the trail, with its result", async () => {
    const auditor = testActor();
    const result = await app.app.get(AuditVerificationService).verifyFor(auditor);
    expect(result.intact).toBe(true);
    const recorded = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ actorUserId: auditor.userId });
    expect(recorded).toMatchObject({
      action: AuditAction.Verify,
      entityType: 'audit_chain',
      requestId: auditor.requestId,
      details: { intact: true, checked: result.checked, unsealed: result.unsealed, firstBrokenSeq: null },
    });
  });
});

const cli = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const runVerifyCommand = (app: TestApp): { status: number | null; stdout: string } => {
  const result = spawnSync(process.execPath, [cli, 'audit', 'verify'], {
    env: {
      ...process.env,
      DATABASE_URL: app.config.databaseUrl,
      REDIS_URL: readTestServices().redisUrl,
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout };
};

describe('detecting tampering by someone with full database access', () => {
  let app: TestApp;
  let chain: SealRow[];

  beforeEach(async () => {
    app = await startTestApp(createApiApp);
    await recordEach(
      app,
      Array.from({ length: 6 }, (_, index) => testEntry({ purpose: `purpose ${index}` })),
    );
    await sealerOf(app).sealPending();
    chain = await seals(app);
  });

  afterEach(async () => {
    await app?.close();
  });

  it('names an edited sealed event, on the service and in the CLI (exit 3)', async () => {
    expect(runVerifyCommand(app)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('audit chain intact: 6 sealed records checked'),
    });
    const edited = chain[3];
    await tamper(app, `UPDATE audit_events SET purpose = 'nothing to see' WHERE id = $1`, [edited.audit_event_id]);

    expect(await verifierOf(app).verify()).toEqual({
      intact: false,
      checked: 4,
      unsealed: 0,
      firstBroken: { seq: edited.seq, auditEventId: edited.audit_event_id, reason: ChainBreakReason.HashMismatch },
    });
    const command = runVerifyCommand(app);
    expect(command.status).toBe(3);
    expect(command.stdout).toContain(
      `audit event ${edited.audit_event_id} at chain position ${edited.seq} (hash_mismatch)`,
    );
  });

  it('notices a change of a single microsecond in the recorded time', async () => {
    const edited = chain[1];
    await tamper(app, `UPDATE audit_events SET occurred_at = occurred_at + interval '1 microsecond' WHERE id = $1`, [
      edited.audit_event_id,
    ]);
    expect((await verifierOf(app).verify()).firstBroken).toEqual({
      seq: edited.seq,
      auditEventId: edited.audit_event_id,
      reason: ChainBreakReason.HashMismatch,
    });
  });

  it('names a deleted sealed event', async () => {
    const deleted = chain[2];
    await tamper(app, 'DELETE FROM audit_events WHERE id = $1', [deleted.audit_event_id]);
    expect((await verifierOf(app).verify()).firstBroken).toEqual({
      seq: deleted.seq,
      auditEventId: deleted.audit_event_id,
      reason: ChainBreakReason.EventMissing,
    });
  });

  it('names the seal after a deleted seal as a broken link', async () => {
    await tamper(app, 'DELETE FROM audit_seals WHERE seq = $1', [chain[1].seq]);
    const next = chain[2];
    expect((await verifierOf(app).verify()).firstBroken).toEqual({
      seq: next.seq,
      auditEventId: next.audit_event_id,
      reason: ChainBreakReason.PreviousHashMismatch,
    });
  });
});
