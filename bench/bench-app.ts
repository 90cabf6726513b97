import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/api-app';
import { runMigrations } from '../apps/cli/src/commands/migrations';
import { Organisation, OrganisationKind, PasswordHasher, StaffUser } from '@vs/auth';
import {
  AppConfig,
  buildAppConfig,
  provisionServices,
  ProvisionedServices,
  validateEnvironment,
  Role,
} from '@vs/platform';

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

/** Where a benchmark's own PostgreSQL and Redis keep their data (under .data/) and listen. */
export interface BenchServices {
  readonly dataDir: string;
  readonly postgresPort: number;
  readonly redisPort: number;
}

const DEFAULT_SERVICES: BenchServices = { dataDir: 'bench', postgresPort: 54350, redisPort: 63750 };

/** A benchmark's own PostgreSQL and Redis, migrated, and the configuration the API would build on them. */
export interface BenchServicesRunning {
  readonly config: AppConfig;
  /** The environment a child API or worker process needs to use the same services and secrets. */
  readonly processEnv: Record<string, string>;
  stop(): Promise<void>;
}

export async function startBenchServices(services: BenchServices = DEFAULT_SERVICES): Promise<BenchServicesRunning> {
  const variables = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATA_DIR: join(__dirname, '..', '..', '.data', services.dataDir),
    EMBEDDED_POSTGRES_PORT: String(services.postgresPort),
    EMBEDDED_REDIS_PORT: String(services.redisPort),
    JWT_ACCESS_SECRET: BENCH_SECRETS.jwtAccessSecret,
    JWT_PORTAL_SECRET: BENCH_SECRETS.jwtPortalSecret,
    DATA_ENCRYPTION_KEYS: BENCH_SECRETS.dataEncryptionKeys,
    BLIND_INDEX_KEY: BENCH_SECRETS.blindIndexKey,
    // A benchmark is one address playing many users (and one portal session playing many visits):
    // the per-client limits are raised for it; test/attacks/rate-limits proves they hold.
    RATE_LIMIT_SIGN_IN_MAX: '1000000',
    RATE_LIMIT_PORTAL_SESSION_MAX: '1000000',
  };
  const env = validateEnvironment(variables);
  const provisioned: ProvisionedServices = await provisionServices(env, () => undefined);
  await runMigrations(provisioned.databaseUrl);
  return {
    config: buildAppConfig(env, provisioned, BENCH_SECRETS),
    processEnv: { ...variables, DATABASE_URL: provisioned.databaseUrl, REDIS_URL: provisioned.redisUrl },
    stop: () => provisioned.stop(),
  };
}

/** The real API, in this process, on services already running; closing it leaves them running. */
export async function startInProcessApi(running: BenchServicesRunning): Promise<BenchApp> {
  const app = await createApiApp(running.config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config: running.config,
    dataSource: app.get(DataSource),
    url: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}

/**
 * The real API on its own embedded PostgreSQL and Redis, listening on 127.0.0.1, with logging off
 * so the figures measure the work, not the log lines. `services` lets a benchmark run on services
 * of its own, beside another that is running.
 */
export async function startBenchApp(services: BenchServices = DEFAULT_SERVICES): Promise<BenchApp> {
  const running = await startBenchServices(services);
  const api = await startInProcessApi(running);
  return {
    ...api,
    close: async () => {
      await api.close();
      await running.stop();
    },
  };
}

const ORGANISATION_KIND_OF: Readonly<Record<Role, OrganisationKind>> = {
  [Role.Referrer]: OrganisationKind.PoliceUnit,
  [Role.PoliceCaseOfficer]: OrganisationKind.PoliceUnit,
  [Role.Advocate]: OrganisationKind.VictimService,
  [Role.ServiceManager]: OrganisationKind.VictimService,
  [Role.Commissioner]: OrganisationKind.CommissionerOffice,
  [Role.Auditor]: OrganisationKind.SystemAdministration,
  [Role.Admin]: OrganisationKind.SystemAdministration,
};

export interface BenchStaff {
  readonly userId: string;
  readonly organisationId: string;
  readonly accessToken: string;
}

/** A member of staff of `role`, in the given organisation or a fresh one, signed in through the API. */
export async function signInBenchStaff(bench: BenchApp, role: Role, organisationId?: string): Promise<BenchStaff> {
  const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const password = 'bench marble otter lighthouse';
  const organisations = bench.dataSource.getRepository(Organisation);
  const organisation =
    organisationId ??
    (await organisations.save(organisations.create({ name: `Bench ${role} ${run}`, kind: ORGANISATION_KIND_OF[role] })))
      .id;
  const email = `bench-${role}-${run}@bench.vs.london`;
  const staff = bench.dataSource.getRepository(StaffUser);
  const user = await staff.save(
    staff.create({
      email,
      displayName: `Bench ${role}`,
      role,
      organisationId: organisation,
      team: null,
      passwordHash: await new PasswordHasher().hash(password),
    }),
  );
  const response = await fetch(`${bench.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`bench sign-in answered ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { userId: user.id, organisationId: organisation, accessToken };
}
