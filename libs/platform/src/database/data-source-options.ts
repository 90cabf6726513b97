import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The root of the compiled tree (dist/) when running built code, or of the repository when
 * tests run the TypeScript sources; entity and migration globs resolve against it either way.
 */
const codeRoot = join(__dirname, '..', '..', '..', '..');

/** One set of options for the application, the migration CLI and the test harness. */
export function buildDataSourceOptions(
  url: string,
  overrides: Partial<{ poolSize: number; applicationName: string; logErrors: boolean }> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(codeRoot, 'libs/*/src/**/*.entity.{js,ts}')],
    migrations: [join(codeRoot, 'migrations/*.{js,ts}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: overrides.logErrors === false ? false : ['error'],
    poolSize: overrides.poolSize ?? 20,
    applicationName: overrides.applicationName ?? 'victim-services',
    extra: {
      // Fail fast instead of queueing forever when the database is unreachable.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    },
  };
}
