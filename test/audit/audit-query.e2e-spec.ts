import { text } from 'node:stream/consumers';
import { AuditAction, AuditEvent, AuditEventPage, AuditQueryService, AuditService } from '@vs/audit';
import { newId } from '@vs/platform';
import { startTestApp, TestApp } from '@vs/testing';
import { createApiApp } from '../../apps/api/src/api-app';
import { testActor, testEntry } from './audit-fixtures';

const victim = newId();
const otherVictim = newId();
const actor = newId();
const caseId = newId();

/** Each scenario row, recorded at a known time so that time filters have something to cut. */
const SCENARIO = [
  {
    at: '2025-01-10T09:00:00Z',
    victimId: victim,
    actorUserId: actor,
    entityType: 'victim',
    entityId: victim,
    action: 'read',
  },
  {
    at: '2025-01-20T09:00:00Z',
    victimId: otherVictim,
    actorUserId: actor,
    entityType: 'victim',
    entityId: otherVictim,
    action: 'read',
  },
  {
    at: '2025-02-05T09:00:00Z',
    victimId: victim,
    actorUserId: newId(),
    entityType: 'case',
    entityId: caseId,
    action: 'update',
  },
  {
    at: '2025-02-15T09:00:00Z',
    victimId: victim,
    actorUserId: actor,
    entityType: 'case',
    entityId: caseId,
    action: 'read',
    breakGlassReason: 'out of hours risk',
  },
  {
    at: '2025-03-01T09:00:00Z',
    victimId: null,
    actorUserId: actor,
    entityType: 'staff_user',
    entityId: newId(),
    action: 'login',
  },
  {
    at: '2025-03-01T09:00:00.000001Z',
    victimId: victim,
    actorUserId: actor,
    entityType: 'case',
    entityId: caseId,
    action: 'read',
  },
  // 00:30 on 1 July in London (British Summer Time), still 30 June in UTC.
  {
    at: '2025-06-30T23:30:00Z',
    victimId: null,
    actorUserId: newId(),
    entityType: 'organisation',
    entityId: newId(),
    action: 'create',
  },
] as const;

describe('auditors querying the trail', () => {
  let app: TestApp;
  let queries: AuditQueryService;
  /** Ids of the scenario rows, in scenario order. */
  let ids: string[];

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    queries = app.app.get(AuditQueryService);
    // Inserted directly, because the service always takes the time from the database clock.
    const inserted = await app.dataSource.getRepository(AuditEvent).insert(
      SCENARIO.map((row) => ({
        occurredAt: () => `'${row.at}'::timestamptz`,
        victimId: row.victimId,
        actorUserId: row.actorUserId,
        actorRole: 'advocate',
        actorOrganisationId: newId(),
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        outcome: 'success',
        purpose: null,
        breakGlassReason: 'breakGlassReason' in row ? row.breakGlassReason : null,
        flaggedForReview: 'breakGlassReason' in row,
        requestId: `req-${newId()}`,
        clientIp: '10.0.0.9',
        changedFields: row.action === 'update' ? ['status'] : [],
        details: {},
      })),
    );
    ids = inserted.identifiers.map((identifier) => String(identifier.id));
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Scenario positions of a page's items, which come newest first. */
  const positions = (page: AuditEventPage): number[] => page.items.map((event) => ids.indexOf(event.id));

  it('filters by victim, newest first', async () => {
    expect(positions(await queries.search({ victimId: victim }))).toEqual([5, 3, 2, 0]);
  });

  it('filters by actor', async () => {
    expect(positions(await queries.search({ actorId: actor }))).toEqual([5, 4, 3, 1, 0]);
  });

  it('filters by entity type and id, or by type alone', async () => {
    expect(positions(await queries.search({ entityType: 'case', entityId: caseId }))).toEqual([5, 3, 2]);
    expect(positions(await queries.search({ entityType: 'victim' }))).toEqual([1, 0]);
  });

  it('filters by time, from inclusive to exclusive, to the microsecond', async () => {
    expect(positions(await queries.search({ from: '2025-01-20T09:00:00Z', to: '2025-02-15T09:00:00Z' }))).toEqual([
      2, 1,
    ]);
    expect(positions(await queries.search({ from: '2025-03-01T09:00:00.000001Z', to: '2025-06-01' }))).toEqual([5]);
    expect(positions(await queries.search({ to: '2025-01-20' }))).toEqual([0]);
  });

  it('reads a bare date as midnight in London', async () => {
    expect(positions(await queries.search({ from: '2025-07-01' }))).toEqual([6]);
    expect(positions(await queries.search({ from: '2025-07-01T00:00:00Z' }))).toEqual([]);
  });

  it('combines filters', async () => {
    expect(
      positions(
        await queries.search({ victimId: victim, actorId: actor, action: AuditAction.Read, from: '2025-02-01' }),
      ),
    ).toEqual([5, 3]);
  });

  it('pages with a cursor without skipping or repeating a row', async () => {
    const first = await queries.search({ actorId: actor, limit: 2 });
    const second = await queries.search({ actorId: actor, limit: 2, cursor: first.nextCursor! });
    const third = await queries.search({ actorId: actor, limit: 2, cursor: second.nextCursor! });
    expect([positions(first), positions(second), positions(third)]).toEqual([[5, 4], [3, 1], [0]]);
    expect(third.nextCursor).toBeNull();
  });

  it('lists the entries flagged for review by break glass', async () => {
    const page = await queries.breakGlass({});
    expect(positions(page)).toEqual([3]);
    expect(page.items[0]).toMatchObject({ breakGlassReason: 'out of hours risk', flaggedForReview: true });
    expect(positions(await queries.breakGlass({ to: '2025-02-01' }))).toEqual([]);
  });

  it('streams a CSV export with a header row, and audits the export itself', async () => {
    const auditor = testActor();
    const csv = await text(await queries.exportCsv(auditor, { victimId: victim, entityType: 'case' }));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id,occurred_at,actor_user_id,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([ids[5], ids[3], ids[2]]);
    expect(lines[2]).toContain('out of hours risk');

    const exports = await queries.search({ actorId: auditor.userId, action: AuditAction.Export });
    expect(exports.items).toHaveLength(1);
    expect(exports.items[0]).toMatchObject({
      entityType: 'audit_event',
      victimId: victim,
      requestId: auditor.requestId,
      details: { victimId: victim, entityType: 'case', actorId: null, from: null },
    });
  });

  it('exports only what was recorded before the export began', async () => {
    const auditor = testActor();
    const stream = await queries.exportCsv(auditor, { actorId: auditor.userId });
    await app.dataSource.transaction((manager) =>
      app.app
        .get(AuditService)
        .recordFor(manager, auditor, { action: AuditAction.Read, entityType: 'victim', entityId: victim }),
    );
    expect((await text(stream)).trimEnd().split('\n')).toHaveLength(1);
  });

  it('exports every row across many pages', async () => {
    const entityId = newId();
    const audit = app.app.get(AuditService);
    await app.dataSource.transaction((manager) =>
      audit.recordMany(
        manager,
        Array.from({ length: 2_100 }, () => testEntry({ entityType: 'bulk', entityId })),
      ),
    );
    const csv = await text(await queries.exportCsv(testActor(), { entityType: 'bulk', entityId }));
    const rowIds = csv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(',')[0]));
    expect(rowIds).toHaveLength(2_100);
    expect(new Set(rowIds).size).toBe(2_100);
    expect(rowIds).toEqual([...rowIds].sort((a, b) => b - a));
  });

  it('documents every audit route with its filters in OpenAPI', async () => {
    const spec = (await app.http().get('/docs/openapi.json').expect(200)).body;
    const parameters = (path: string): string[] =>
      spec.paths[path].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(parameters('/api/v1/audit/events')).toEqual(
      expect.arrayContaining([
        'victimId',
        'actorId',
        'entityType',
        'entityId',
        'action',
        'from',
        'to',
        'limit',
        'cursor',
      ]),
    );
    expect(Object.keys(spec.paths['/api/v1/audit/events/export'].get.responses['200'].content)).toEqual(['text/csv']);
    expect(parameters('/api/v1/audit/break-glass').sort()).toEqual(['cursor', 'from', 'limit', 'to']);
    expect(spec.paths['/api/v1/audit/verify'].get.security).toEqual([{ bearer: [] }]);
  });
});
