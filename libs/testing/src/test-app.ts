import { randomBytes } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig, buildAppConfig, validateEnvironment } from '@vs/platform';
import { databaseUrl, readTestServices } from './test-services';

/** Fixed secrets for tests only; production requires its own (see validateEnvironment). */
export const TEST_SECRETS = {
  jwtAccessSecret: 'test-access-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  jwtPortalSecret: 'test-portal-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  dataEncryptionKeys: `test-1:${Buffer.alloc(32, 7).toString('base64')}`,
  blindIndexKey: Buffer.alloc(32, 9).toString('base64'),
};

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

async function onAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: readTestServices().adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A database of its own for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const services = readTestServices();
  const name = `vs_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await onAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${services.templateDatabase}`));
  return {
    name,
    url: databaseUrl(services.adminUrl, name),
    drop: () => onAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Rate limits high enough that no suite is throttled (they all come from 127.0.0.1); the rate-limit
 * suite sets its own small ones.
 */
const UNTHROTTLED = {
  RATE_LIMIT_SIGN_IN_MAX: '1000000',
  RATE_LIMIT_PORTAL_SESSION_MAX: '1000000',
};

/** Configuration as production would build it, pointed at test services. */
export function testConfig(
  services: { databaseUrl: string; redisUrl: string },
  variables: Record<string, string> = {},
): AppConfig {
  const env = validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `vs-test-${randomBytes(4).toString('hex')}`,
    ...UNTHROTTLED,
    ...variables,
  });
  return buildAppConfig(env, services, TEST_SECRETS);
}

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  /** supertest bound to the running app: `http().get('/health/live')`. */
  http(): supertest.Agent;
  close(): Promise<void>;
}

export type AppFactory = (config: AppConfig) => Promise<NestFastifyApplication>;

/**
 * Starts the real application (the same factory main.ts uses) on a fresh database and a private
 * queue prefix, so each test file's data is isolated from every other's.
 */
export async function startTestApp(
  createApp: AppFactory,
  options: { variables?: Record<string, string>; database?: TestDatabase; redisUrl?: string } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(
    { databaseUrl: database.url, redisUrl: options.redisUrl ?? readTestServices().redisUrl },
    options.variables,
  );
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http: () => supertest.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
