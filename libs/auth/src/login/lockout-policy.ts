/** Consecutive failures that lock an account. */
export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 24 * 3600 * 1000;

/** Each lock since the last successful sign-in doubles the next: 1, 2, 4 ... minutes, at most a day. */
export function lockDurationMs(previousLocks: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** previousLocks, LONGEST_LOCK_MS);
}
