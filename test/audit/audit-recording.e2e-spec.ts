import { AuditAction, AuditEvent, AuditOutcome, AuditService, CANONICAL_COLUMN_NAMES } from '@vs/audit';
import { newId } from '@vs/platform';
import { startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { countRows, recordEach, testActor, testEntry } from './audit-fixtures';

describe('recording the audit trail', () => {
  let app: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    audit = app.app.get(AuditService);
  });

  afterAll(async () => {
    await app?.close();
  });

  const eventsAbout = (entityId: string): Promise<AuditEvent[]> =>
    app.dataSource.getRepository(AuditEvent).find({ where: { entityId }, order: { id: 'ASC' } });

  it('writes every field of an entry, defaulting the outcome to success', async () => {
    const entry = testEntry({
      victimId: newId(),
      purpose: 'court preparation',
      changedFields: ['status'],
      details: { version: 2, late: false },
    });
    await recordEach(app, [entry]);
    const [event] = await eventsAbout(entry.entityId!);
    expect(event).toMatchObject({
      actorUserId: entry.actor?.userId,
      actorRole: entry.actor?.role,
      actorOrganisationId: entry.actor?.organisationId,
      action: AuditAction.Read,
      outcome: AuditOutcome.Success,
      entityType: 'victim',
      victimId: entry.victimId,
      purpose: 'court preparation',
      breakGlassReason: null,
      flaggedForReview: false,
      requestId: entry.origin.requestId,
      clientIp: entry.origin.clientIp,
      changedFields: ['status'],
      details: { version: 2, late: false },
    });
    expect(Math.abs(event.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('records an unknown caller with no actor', async () => {
    const entry = testEntry({
      actor: null,
      action: AuditAction.LoginFailed,
      outcome: AuditOutcome.Denied,
      entityType: 'staff_user',
    });
    await recordEach(app, [entry]);
    const [event] = await eventsAbout(entry.entityId!);
    expect(event).toMatchObject({
      actorUserId: null,
      actorRole: null,
      actorOrganisationId: null,
      outcome: AuditOutcome.Denied,
    });
  });

  it('takes who, from where and why from the Actor, and the break-glass reason only when the access needed it', async () => {
    const actor = testActor({ purpose: 'safeguarding review', breakGlassReason: 'victim at immediate risk' });
    const [inScope, brokenGlass] = [newId(), newId()];
    await app.dataSource.transaction(async (manager) => {
      await audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: 'case', entityId: inScope });
      await audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: 'case', entityId: brokenGlass }, { breakGlass: true });
    });
    const [plain] = await eventsAbout(inScope);
    expect(plain).toMatchObject({
      actorUserId: actor.userId,
      actorRole: actor.role,
      actorOrganisationId: actor.organisationId,
      requestId: actor.requestId,
      clientIp: actor.clientIp,
      purpose: 'safeguarding review',
      breakGlassReason: null,
      flaggedForReview: false,
    });
    const [flagged] = await eventsAbout(brokenGlass);
    expect(flagged).toMatchObject({ breakGlassReason: 'victim at immediate risk', flaggedForReview: true });
  });

  it('writes a list read as one INSERT', async () => {
    const victimIds = [newId(), newId(), newId()];
    const entityId = newId();
    await app.dataSource.transaction(async (manager) => {
      const query = jest.spyOn(manager.queryRunner!, 'query');
      await audit.recordMany(
        manager,
        victimIds.map((victimId) => testEntry({ entityId, victimId })),
      );
      const inserts = query.mock.calls.filter(([sql]) => /^INSERT INTO "audit_events"/.test(sql));
      expect(inserts).toHaveLength(1);
    });
    expect((await eventsAbout(entityId)).map((event) => event.victimId)).toEqual(victimIds);
  });

  it("commits with the caller's transaction and vanishes with it when it rolls back", async () => {
    const before = {
      events: await countRows(app.dataSource, 'audit_events'),
      queued: await countRows(app.dataSource, 'audit_unsealed'),
    };
    const entry = testEntry();
    await expect(
      app.dataSource.transaction(async (manager) => {
        await audit.record(manager, entry);
        expect(await manager.count(AuditEvent, { where: { entityId: entry.entityId! } })).toBe(1);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await eventsAbout(entry.entityId!)).toEqual([]);
    expect(await countRows(app.dataSource, 'audit_events')).toBe(before.events);
    expect(await countRows(app.dataSource, 'audit_unsealed')).toBe(before.queued);
  });

  it('queues every committed event for sealing', async () => {
    const entry = testEntry();
    await recordEach(app, [entry]);
    const [event] = await eventsAbout(entry.entityId!);
    const queued = await app.dataSource.query('SELECT 1 FROM audit_unsealed WHERE audit_event_id = $1', [event.id]);
    expect(queued).toHaveLength(1);
  });

  it('refuses a flag for review without a break-glass reason, at the database', async () => {
    const row = {
      ...testEntry(),
      actorUserId: null,
      outcome: 'success',
      requestId: 'req-12345678',
      clientIp: '::1',
      changedFields: [],
      details: {},
    };
    await expect(
      app.dataSource
        .getRepository(AuditEvent)
        .insert({ ...row, action: 'read', entityId: newId(), breakGlassReason: null, flaggedForReview: true }),
    ).rejects.toThrow(/audit_events_flag_follows_break_glass/);
  });

  it('hashes every column of audit_events, so no column escapes tamper evidence', async () => {
    const columns = await app.dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_events'`,
    );
    expect(columns.map((column) => column.column_name).sort()).toEqual([...CANONICAL_COLUMN_NAMES].sort());
  });

  describe('append-only, enforced by the database', () => {
    beforeAll(async () => {
      await recordEach(app, [testEntry()]);
    });

    it.each([
      ['UPDATE', `UPDATE audit_events SET purpose = 'rewritten'`],
      ['DELETE', 'DELETE FROM audit_events'],
      ['TRUNCATE', 'TRUNCATE audit_events'],
      ['UPDATE', `UPDATE audit_seals SET hash = repeat('0', 64)`],
      ['DELETE', 'DELETE FROM audit_seals'],
      ['TRUNCATE', 'TRUNCATE audit_seals'],
      ['UPDATE', 'UPDATE audit_unsealed SET audit_event_id = audit_event_id + 1000'],
      ['TRUNCATE', 'TRUNCATE audit_unsealed'],
    ])('refuses %s: %s', async (operation, sql) => {
      const before = await app.dataSource.query('SELECT * FROM audit_events ORDER BY id');
      await expect(app.dataSource.query(sql)).rejects.toThrow(
        new RegExp(`${operation} on audit_\\w+ refused: the audit trail is append-only`),
      );
      expect(await app.dataSource.query('SELECT * FROM audit_events ORDER BY id')).toEqual(before);
    });

    it('refuses to take an event off the sealing queue before it is sealed', async () => {
      const queued = await countRows(app.dataSource, 'audit_unsealed');
      expect(queued).toBeGreaterThan(0);
      await expect(app.dataSource.query('DELETE FROM audit_unsealed')).rejects.toThrow(
        /is not sealed: it stays in the queue/,
      );
      expect(await countRows(app.dataSource, 'audit_unsealed')).toBe(queued);
    });
  });
});
