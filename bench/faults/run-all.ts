import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Every fault script, in the order they run; each starts and ends its own services. */
const FAULTS = [
  'api-crash-during-intake',
  'redis-outage-notifications',
  'postgres-restart-under-load',
  'worker-crash-mid-job',
] as const;

/** Runs each fault script in turn (each prints its own figures), then a summary; exit 1 if any failed. */
function main(): number {
  const results = FAULTS.map((name) => {
    const started = Date.now();
    process.stdout.write(`\n=== ${name}\n`);
    const run = spawnSync(process.execPath, [join(__dirname, `${name}.js`)], { stdio: 'inherit' });
    return { name, passed: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
  });
  process.stdout.write('\nFault summary\n');
  for (const { name, passed, seconds } of results)
    process.stdout.write(`  ${passed ? 'PASS' : 'FAIL'}  ${name} (${seconds} s)\n`);
  return results.every((result) => result.passed) ? 0 : 1;
}

process.exit(main());
