import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, onShutdownSignal, PreparedProcess } from '@vs/platform';
import { DEMO_LOGINS, seedDemoData } from '../demo-data';
import { runMigrations } from './migrations';

const distRoot = join(__dirname, '..', '..', '..', '..');

function startChild(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(distRoot, script)], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      process.stderr.write(`${name} exited with code ${code}; stopping the quickstart\n`);
      process.kill(process.pid, 'SIGTERM');
    }
  });
  return child;
}

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * Provisions PostgreSQL and Redis (embedded unless URLs are given), migrates, loads demo data,
 * starts the API and the worker sharing those services, and prints where everything is.
 */
export async function quickstart({ config, services, log }: PreparedProcess): Promise<void> {
  const applied = await runMigrations(config.databaseUrl);
  log.info({ applied: applied.length }, 'migrations up to date');
  const dataSource = new DataSource(buildDataSourceOptions(config.databaseUrl, { poolSize: 2 }));
  await dataSource.initialize();
  await seedDemoData(dataSource);
  await dataSource.destroy();
  log.info('demo data loaded');

  const env = { ...process.env, DATABASE_URL: config.databaseUrl, REDIS_URL: config.redisUrl };
  const children = [
    startChild('api', 'apps/api/src/main.js', env),
    startChild('worker', 'apps/worker/src/main.js', env),
  ];
  onShutdownSignal(config.shutdownGraceMs * 2, log, async () => {
    await Promise.all(children.map(stopChild));
    await services.stop();
  });

  const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  const api = `http://${host}:${config.http.port}`;
  await waitForReady(`${api}/health/ready`, 60_000);
  await waitForReady(`http://${host}:${config.workerHealthPort}/health/ready`, 60_000);
  const lines = [
    '',
    "London victims' services: running",
    `  API            ${api}/api/v1`,
    `  API docs       ${api}/docs   (OpenAPI: ${api}/docs/openapi.json)`,
    `  API health     ${api}/health/ready`,
    `  Worker health  http://${host}:${config.workerHealthPort}/health/ready`,
    `  PostgreSQL     ${config.databaseUrl.replace(/\/\/[^@]*@/, '//')}`,
    `  Redis          ${config.redisUrl}`,
    '',
    DEMO_LOGINS.length > 0 ? '  Demo logins (POST /api/v1/auth/login):' : '',
    ...DEMO_LOGINS.map((login) => `    ${login.role.padEnd(20)} ${login.email.padEnd(36)} ${login.password}`),
    '',
    '  Press Ctrl+C to stop everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
