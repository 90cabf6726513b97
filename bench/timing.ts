/** How long `work` took, in milliseconds, and what it gave. */
export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface Runs {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

/** `work` run `runs` times one after another: its median, fastest and slowest time. */
export async function repeatedly(work: () => Promise<unknown>, runs: number): Promise<Runs> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await timed(work))[0]);
  return {
    medianMs: Math.round(median(times)),
    minMs: Math.round(Math.min(...times)),
    maxMs: Math.round(Math.max(...times)),
    runs,
  };
}
