import { DataSource } from 'typeorm';

/**
 * The SQL statements TypeORM sends while `work` runs: every statement passes the logger's
 * logQuery, whatever the logging level. Shared by the benchmarks and the N+1 tests.
 */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count++;
    original(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
