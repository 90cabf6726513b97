import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

/** Statement names by text: a handful of shapes, each named once. */
const names = new Map<string, string>();

const nameOf = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) {
    name = `vs_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
};

/**
 * Runs `text` as a named prepared statement of the transaction's connection: PostgreSQL parses it
 * once per connection and soon plans it once, where parsing and planning every time was a third of
 * the database's CPU per referral. Logged and failing as EntityManager.query does (the logger sees
 * it, errors are QueryFailedError), so query counts and error handling see no difference. Outside a
 * transaction there is no connection to keep it on, and it runs as a plain query.
 */
export async function preparedQuery<T>(manager: EntityManager, text: string, params: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner;
  if (runner === undefined) return manager.query<T[]>(text, params);
  const client = (await runner.connect()) as PoolClient;
  manager.connection.logger.logQuery(text, params, runner);
  try {
    return (await client.query({ name: nameOf(text), text, values: params })).rows as T[];
  } catch (error) {
    manager.connection.logger.logQueryError(error as Error, text, params, runner);
    throw new QueryFailedError(text, params, error as Error);
  }
}
