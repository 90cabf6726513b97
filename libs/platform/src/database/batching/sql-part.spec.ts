import { joinParts } from './sql-part';

describe('joinParts', () => {
  it('shifts each part’s placeholders past those of the parts before it, keeping the values in order', () => {
    const joined = joinParts(
      [
        { sql: 'SELECT $1, $2', params: ['a', 'b'] },
        { sql: 'SELECT $2 + $1, $10', params: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        { sql: 'SELECT now()', params: [] },
        { sql: 'SELECT $1', params: ['z'] },
      ],
      (sql, index) => `p${index} AS (${sql})`,
    );
    expect(joined.sql).toBe(
      'p0 AS (SELECT $1, $2), p1 AS (SELECT $4 + $3, $12), p2 AS (SELECT now()), p3 AS (SELECT $13)',
    );
    expect(joined.params).toEqual(['a', 'b', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'z']);
  });
});
