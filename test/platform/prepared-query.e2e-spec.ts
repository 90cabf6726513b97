import { preparedQuery } from '@vs/platform';
import { QueryFailedError } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api-app';
import { countQueries, startTestApp, TestApp } from '@vs/testing';

describe('statements run as named prepared statements', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
  });

  afterAll(() => app?.close());

  it('answers each run with its own values, and is counted like any query', async () => {
    const sql = 'SELECT $1::int * 2 AS doubled';
    const answers = await app.dataSource.transaction(async (manager) => {
      const runs: number[] = [];
      for (const value of [1, 2, 3, 4, 5, 6, 7]) {
        const [row] = await preparedQuery<{ doubled: number }>(manager, sql, [value]);
        runs.push(row.doubled);
      }
      const prepared = await manager.query(
        'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
        [sql],
      );
      expect(prepared).toEqual([{ n: 1 }]);
      return runs;
    });
    expect(answers).toEqual([2, 4, 6, 8, 10, 12, 14]);
    const counted = await countQueries(app.dataSource, () =>
      app.dataSource.transaction((manager) => preparedQuery(manager, sql, [1])),
    );
    expect(counted).toBe(3);
  });

  it('outside a transaction runs on the pool, still counted and still answering with its values', async () => {
    const sql = 'SELECT $1::int + 1 AS next';
    let answers: number[] = [];
    const counted = await countQueries(app.dataSource, async () => {
      const rows = await Promise.all(
        [1, 2, 3].map((value) => preparedQuery<{ next: number }>(app.dataSource.manager, sql, [value])),
      );
      answers = rows.map(([row]) => row.next);
    });
    expect(answers).toEqual([2, 3, 4]);
    expect(counted).toBe(3);
    await expect(preparedQuery(app.dataSource.manager, 'SELECT 1 / $1::int', [0])).rejects.toBeInstanceOf(
      QueryFailedError,
    );
  });

  it('fails as EntityManager.query does, with the database error inside', async () => {
    const failed = app.dataSource.transaction((manager) => preparedQuery(manager, 'SELECT 1 / $1::int', [0]));
    await expect(failed).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failed).rejects.toMatchObject({ driverError: { code: '22012' } });
  });
});
