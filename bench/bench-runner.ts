import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** bench/results in the repository, whether running from dist/ or not. */
export const RESULTS_DIR = join(__dirname, '..', '..', 'bench', 'results');

/**
 * A results file's name: a run on a scaled-down London (BENCH_SCALE) is kept apart from the full
 * run's figures, and not committed.
 */
export function resultsFileName(name: string): string {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  return scale === 1 ? name : `${name}-scale-${scale}`;
}

/**
 * Runs one benchmark script: `measure` returns the figures, which are printed and written to
 * bench/results/<name>.json; the process exits 0, or 1 with the error's stack, or 1 when the figures
 * carry `verdict: 'FAIL'` (attack scripts pass or fail).
 */
export function runBenchmark(name: string, measure: () => Promise<object>): void {
  measure().then(
    (figures) => {
      const text = `${JSON.stringify(figures, null, 2)}\n`;
      process.stdout.write(text);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, `${resultsFileName(name)}.json`), text);
      process.exit((figures as { verdict?: string }).verdict === 'FAIL' ? 1 : 0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
