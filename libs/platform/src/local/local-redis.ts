import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { LocalService } from './local-service';

const INSTALL_HINT =
  'redis-server is not installed. Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`; ' +
  'macOS: `brew install redis`) or set REDIS_URL to a running Redis.';

function findRedisServer(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** As root on Debian, installs Redis with apt; anywhere else, says exactly what to install. */
function installRedis(log: (line: string) => void): string {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) throw new Error(INSTALL_HINT);
  log('redis-server is missing; installing it with apt-get (Debian, running as root)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'ignore', env });
  const installed = findRedisServer();
  if (!installed) throw new Error(INSTALL_HINT);
  return installed;
}

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined); // a refused connection is the answer we are asking for
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    if (await answersPing(url)) return;
    await sleep(100);
  }
  throw new Error('redis-server did not become ready within 10 seconds');
}

export interface LocalRedisOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly persistent: boolean;
  readonly log: (line: string) => void;
}

/** Runs a private `redis-server` on loopback, with an append-only file when persistent. */
export async function startLocalRedis(options: LocalRedisOptions): Promise<LocalService> {
  const url = `redis://127.0.0.1:${options.port}`;
  if (await answersPing(url)) {
    // Started by another of our processes (the API while the worker starts, say): share it.
    options.log(`sharing the Redis already running on port ${options.port}`);
    return { url, stop: () => Promise.resolve() };
  }
  const binary = findRedisServer() ?? installRedis(options.log);
  const dir = resolve(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(options.port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', options.persistent ? 'yes' : 'no', '--daemonize', 'no', '--loglevel', 'warning');
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => options.log(`redis: ${chunk.toString().trim()}`));
  await waitUntilReady(url, child);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
