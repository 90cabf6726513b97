import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/api-app';
import { runMigrations } from '../apps/cli/src/commands/migrations';
import { AppConfig, buildAppConfig, provisionServices, ProvisionedServices, validateEnvironment } from '@vs/platform';

export interface BenchApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  readonly url: string;
  close(): Promise<void>;
}

const BENCH_SECRETS = {
  jwtAccessSecret: 'bench-access-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  jwtPortalSecret: 'bench-portal-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  dataEncryptionKeys: `bench-1:${Buffer.alloc(32, 3).toString('base64')}`,
  blindIndexKey: Buffer.alloc(32, 4).toString('base64'),
};

/**
 * The real API on its own embedded PostgreSQL and Redis (under .data/bench), listening on
 * 127.0.0.1, with logging off so the figures measure the work, not the log lines.
 */
export async function startBenchApp(): Promise<BenchApp> {
  const env = validateEnvironment({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(__dirname, '..', '..', '.data', 'bench'),
    EMBEDDED_POSTGRES_PORT: '54350',
    EMBEDDED_REDIS_PORT: '63750',
    JWT_ACCESS_SECRET: BENCH_SECRETS.jwtAccessSecret,
    JWT_PORTAL_SECRET: BENCH_SECRETS.jwtPortalSecret,
    DATA_ENCRYPTION_KEYS: BENCH_SECRETS.dataEncryptionKeys,
    BLIND_INDEX_KEY: BENCH_SECRETS.blindIndexKey,
  });
  const services: ProvisionedServices = await provisionServices(env, () => undefined);
  await runMigrations(services.databaseUrl);
  const config = buildAppConfig(env, services, BENCH_SECRETS);
  const app = await createApiApp(config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await services.stop();
    },
  };
}
