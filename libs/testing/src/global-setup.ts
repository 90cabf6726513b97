import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { LocalService, startEmbeddedPostgres, startLocalRedis } from '@vs/platform';
import { databaseUrl, TEMPLATE_DATABASE, TEST_DATA_DIR, TEST_SERVICES_ENV, TestServices } from './test-services';

const POSTGRES_PORT = Number(process.env.TEST_POSTGRES_PORT ?? 54339);
const REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 63799);
const log = (line: string): void => void process.stderr.write(`[test services] ${line}\n`);

declare global {
  // Kept between global setup and teardown (they run in the same process).
  var __VS_TEST_SERVICES__: LocalService[] | undefined;
}

/** Builds the template database every test file clones: the real migrations, applied by the real CLI. */
async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const cli = join(__dirname, '..', '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
  const result = spawnSync(process.execPath, [cli, 'migration', 'run'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(adminUrl, TEMPLATE_DATABASE),
      REDIS_URL: 'redis://127.0.0.1:1',
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`migrations failed on the template database:\n${result.stderr}${result.stdout}`);
}

/**
 * Starts a throwaway PostgreSQL cluster and Redis for the end-to-end suites (or uses
 * TEST_DATABASE_URL / TEST_REDIS_URL), then migrates the template database.
 */
export default async function globalSetup(): Promise<void> {
  const started: LocalService[] = [];
  globalThis.__VS_TEST_SERVICES__ = started;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const postgres = await startEmbeddedPostgres({
      dataDir: join(TEST_DATA_DIR, 'postgres'),
      port: POSTGRES_PORT,
      database: 'postgres',
      persistent: false,
      log,
    });
    started.push(postgres);
    adminUrl = postgres.url;
  }
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) {
    const redis = await startLocalRedis({
      dataDir: join(TEST_DATA_DIR, 'redis'),
      port: REDIS_PORT,
      persistent: false,
      log,
    });
    started.push(redis);
    redisUrl = redis.url;
  }
  await prepareTemplate(adminUrl);
  const services: TestServices = { adminUrl, templateDatabase: TEMPLATE_DATABASE, redisUrl };
  // Jest starts its workers after global setup, so they inherit this.
  process.env[TEST_SERVICES_ENV] = JSON.stringify(services);
}
