import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const poolOf = (dataSource: DataSource): Pool => {
  if (!(dataSource.driver instanceof PostgresDriver)) throw new Error('Prepared statements need the PostgreSQL driver');
  return dataSource.driver.master as Pool;
};

/**
 * Runs a named prepared statement on the application's pool, so PostgreSQL parses and plans it
 * once per connection instead of on every call: for a hot statement whose planning costs more than
 * running it (the progress page's, about 0.6 ms to plan and 0.35 ms to run). TypeORM cannot name a
 * statement, so this goes to the pg pool beneath it, and reports to TypeORM's logger like any of its
 * own queries, so statement counts and error logs stay true. Not for use inside a transaction.
 */
export async function preparedQuery<Row extends object>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  dataSource.logger.logQuery(text, values);
  try {
    return (await poolOf(dataSource).query<Row>({ name, text, values })).rows;
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), text, values);
    throw error;
  }
}
