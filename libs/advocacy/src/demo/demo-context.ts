import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamicModule, Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { buildAppConfig, PlatformConfigModule, ResolvedSecrets, validateEnvironment } from '@vs/platform';
import { AdvocacyModule } from '../advocacy.module';

/** The CLI's open connection, as the DataSource every repository of the context uses. */
@Global()
@Module({})
class GivenDataSourceModule {
  static of(dataSource: DataSource): DynamicModule {
    return {
      module: GivenDataSourceModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}

@Module({})
class DemoSeedModule {}

/**
 * The keys the CLI resolved: from the environment, else the local secrets file it keeps in DATA_DIR
 * (demo data is for local use). Seeders are handed only a DataSource, so they read them here.
 */
function demoKeys(): Pick<ResolvedSecrets, 'dataEncryptionKeys' | 'blindIndexKey'> {
  const env = validateEnvironment(process.env);
  const file = join(env.DATA_DIR, 'local-secrets.json');
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ResolvedSecrets>) : {};
  const dataEncryptionKeys = env.DATA_ENCRYPTION_KEYS ?? stored.dataEncryptionKeys;
  const blindIndexKey = env.BLIND_INDEX_KEY ?? stored.blindIndexKey;
  if (!dataEncryptionKeys || !blindIndexKey)
    throw new Error('Demo data needs the data encryption and blind index keys');
  return { dataEncryptionKeys, blindIndexKey };
}

/**
 * Referrals and advocacy outside the HTTP API, on the CLI's connection: demo data goes through the
 * same use cases as real requests (matching, triage, grants, history, audit). Close it when done;
 * the connection stays the caller's.
 */
export function demoContext(dataSource: DataSource): Promise<INestApplicationContext> {
  const env = validateEnvironment(process.env);
  const config = buildAppConfig(
    env,
    { databaseUrl: '', redisUrl: '' },
    { jwtAccessSecret: '', jwtPortalSecret: '', ...demoKeys() },
  );
  return NestFactory.createApplicationContext(
    {
      module: DemoSeedModule,
      imports: [PlatformConfigModule.forRoot(config), GivenDataSourceModule.of(dataSource), AdvocacyModule],
    },
    { logger: false },
  );
}
