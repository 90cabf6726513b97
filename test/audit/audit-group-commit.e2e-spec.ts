import { AuditEvent, AuditGroupCommit } from '@vs/audit';
import { countQueries, startTestApp, TestApp } from '@vs/testing';
import { In } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api-app';
import { testEntry } from './audit-fixtures';

describe('group commit of audit records', () => {
  let app: TestApp;
  let groupCommit: AuditGroupCommit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    groupCommit = app.app.get(AuditGroupCommit);
  });

  afterAll(() => app?.close());

  const storedIds = async (entityIds: string[]): Promise<string[]> =>
    (await app.dataSource.getRepository(AuditEvent).findBy({ entityId: In(entityIds) })).map(
      (event) => event.entityId!,
    );

  it('has every record committed when its caller is told, and shares commits between concurrent callers', async () => {
    const entries = Array.from({ length: 50 }, () => testEntry());
    const statements = await countQueries(app.dataSource, () =>
      Promise.all(entries.map((entry) => groupCommit.record(entry))),
    );
    // The first record's commit starts at once; the 49 that arrive while it runs share the next one.
    expect(statements).toBe(2);
    expect((await storedIds(entries.map((entry) => entry.entityId!))).sort()).toEqual(
      entries.map((entry) => entry.entityId!).sort(),
    );
  });

  it('fails every caller of a failed commit, stores none of its records, and commits later records', async () => {
    const first = testEntry();
    const valid = testEntry();
    // request_id is at most 64 characters: PostgreSQL refuses the whole INSERT.
    const invalid = testEntry({ origin: { requestId: 'x'.repeat(65), clientIp: '10.0.0.8' } });
    const outcomes = await Promise.allSettled([first, valid, invalid].map((entry) => groupCommit.record(entry)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await storedIds([first.entityId!, valid.entityId!, invalid.entityId!])).toEqual([first.entityId]);

    const later = testEntry();
    await groupCommit.record(later);
    expect(await storedIds([later.entityId!])).toEqual([later.entityId]);
  });
});
