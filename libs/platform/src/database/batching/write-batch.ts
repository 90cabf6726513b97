import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedQuery } from './prepared-query';
import { joinParts, SqlPart } from './sql-part';

/** `INSERT INTO ... VALUES` for whole entities, valued as TypeORM's own insert values them. */
function insertOf<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): SqlPart {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => column.isInsert);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const values = columns.map((column) => {
      const value: unknown = driver.preparePersistentValue(column.getEntityValue(row), column);
      // A new row is at its first version; an absent value takes the column's default.
      if (value === undefined) return column.isVersion ? '1' : 'DEFAULT';
      return `$${params.push(value)}`;
    });
    return `(${values.join(', ')})`;
  });
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  return { sql: `INSERT INTO ${driver.escape(metadata.tablePath)} (${names}) VALUES ${tuples.join(', ')}`, params };
}

/**
 * Writes to several tables in one statement (each write a data-modifying CTE): one round trip to
 * the database however many rows and tables, and all or nothing like any statement. Foreign keys
 * are checked at the end of the statement, so a row may refer to one inserted by the same batch.
 * No part sees another's rows: a batch is for rows that are new, not for reading them back.
 */
export class WriteBatch {
  private readonly parts: SqlPart[] = [];

  constructor(private readonly manager: EntityManager) {}

  insert<T extends ObjectLiteral>(target: EntityTarget<T>, rows: readonly T[]): this {
    if (rows.length > 0) this.parts.push(insertOf(this.manager, target, rows));
    return this;
  }

  /** Any other data-modifying statement, e.g. an INSERT ... SELECT that skips rows already there. */
  add(part: SqlPart): this {
    this.parts.push(part);
    return this;
  }

  async run(): Promise<void> {
    if (this.parts.length === 0) return;
    const { sql, params } = joinParts(this.parts, (part, index) => `w${index} AS (${part})`);
    await preparedQuery(this.manager, `WITH ${sql} SELECT 1`, [...params]);
  }
}
