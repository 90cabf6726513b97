import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@vs/platform';

/** Applies every pending migration; returns the names applied. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(
    buildDataSourceOptions(databaseUrl, { poolSize: 2, applicationName: 'vs-migrate' }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

export async function revertLastMigration(databaseUrl: string): Promise<void> {
  const dataSource = new DataSource(
    buildDataSourceOptions(databaseUrl, { poolSize: 2, applicationName: 'vs-migrate' }),
  );
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Generates `migrations/<timestamp>-<Name>.ts` from the difference between the entities and the
 * database, through TypeORM's own generator (run against the compiled entities in dist/).
 */
export function generateMigration(databaseUrl: string, name: string): number {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('The migration name must be PascalCase, e.g. AddCaseHearings');
  }
  const root = join(__dirname, '..', '..', '..', '..', '..');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typeorm', 'cli.js'),
      'migration:generate',
      '--pretty',
      '-d',
      join(root, 'dist', 'libs', 'platform', 'src', 'database', 'cli-data-source.js'),
      join(root, 'migrations', name),
    ],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  return result.status ?? 1;
}
