import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, prepareProcess } from '@vs/platform';
import { verifyAuditChain } from './commands/audit-verify';
import { generateMigration, revertLastMigration, runMigrations } from './commands/migrations';
import { quickstart } from './commands/quickstart';
import { reencryptVictimData } from './commands/victims-reencrypt';
import { seedDemoData } from './demo-data';

const USAGE = `usage: cli <command>
  quickstart                 provision services, migrate, load demo data, run API and worker
  migration run              apply pending migrations
  migration revert           revert the last applied migration
  migration generate <Name>  generate migrations/<timestamp>-<Name>.ts from the entities
  seed                       load the demo data (idempotent)
  audit verify               verify the audit hash chain (exit 3 naming the first broken record)
  victims reencrypt          re-encrypt victims' personal data still under an older key (after a key rotation)`;

/** Operator commands. Each provisions (or connects to) the database first, as the apps do. */
async function main(argv: string[]): Promise<number> {
  const [command, subcommand, name] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 64 : 0;
  }
  const prepared = await prepareProcess('cli');
  const { config, services, log } = prepared;
  let keepRunning = false;
  try {
    if (command === 'quickstart') {
      await quickstart(prepared);
      keepRunning = true; // until a signal arrives
      return -1;
    }
    if (command === 'migration' && subcommand === 'run') {
      const applied = await runMigrations(config.databaseUrl);
      log.info({ applied }, applied.length ? 'migrations applied' : 'no pending migrations');
      return 0;
    }
    if (command === 'migration' && subcommand === 'revert') {
      await revertLastMigration(config.databaseUrl);
      return 0;
    }
    if (command === 'migration' && subcommand === 'generate' && name) {
      await runMigrations(config.databaseUrl);
      return generateMigration(config.databaseUrl, name);
    }
    if (command === 'audit' && subcommand === 'verify') {
      return await verifyAuditChain(config.databaseUrl);
    }
    if (command === 'victims' && subcommand === 'reencrypt') {
      return await reencryptVictimData(config);
    }
    if (command === 'seed') {
      const dataSource = new DataSource(buildDataSourceOptions(config.databaseUrl, { poolSize: 2 }));
      await dataSource.initialize();
      await seedDemoData(dataSource);
      await dataSource.destroy();
      return 0;
    }
    process.stderr.write(`${USAGE}\n`);
    return 64; // EX_USAGE
  } catch (error) {
    log.error({ err: error }, `${command} failed`);
    return 1;
  } finally {
    if (!keepRunning) await services.stop();
  }
}

void main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exit(code);
});
