import { ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The compiled tree (dist/), where this file runs from. */
const DIST = join(__dirname, '..');

/** A process of ours started for a benchmark: where it answers, its pid, and how to stop it. */
export interface BenchProcess {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Resident memory now, in MiB (from /proc). */
  residentMiB(): Promise<number>;
  stop(): Promise<void>;
}

async function waitUntilAnswering(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} while starting`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts `node dist/<script>` with `env`, its output appended to `logFile`, and waits until
 * `readyPath` on `port` answers 200.
 */
export async function startNodeProcess(options: {
  readonly name: string;
  readonly script: string;
  readonly env: Record<string, string>;
  readonly port: number;
  readonly readyPath: string;
  readonly logFile: string;
}): Promise<BenchProcess> {
  const output = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [join(DIST, options.script)], {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', output, output],
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilAnswering(`${url}${options.readyPath}`, child, options.name);
  return {
    name: options.name,
    url,
    child,
    residentMiB: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
      return Math.round((kib / 1024) * 10) / 10;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
