/** How many attempts one key may make within a window before it is locked. */
export interface AttemptLimit {
  readonly max: number;
  readonly windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * Per client address the limits are loose (a household or an office shares an address); per crime
 * reference they are tight, since that is what someone guessing at one victim would have to vary
 * least. A crime reference plus a date of birth is weak proof; the one-time code is the real one.
 */
export const PORTAL_LIMITS = {
  startPerAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  startPerCrime: { max: 5, windowMs: FIFTEEN_MINUTES },
  failedCodesPerAddress: { max: 20, windowMs: FIFTEEN_MINUTES },
  failedCodesPerCrime: { max: 5, windowMs: FIFTEEN_MINUTES },
} as const satisfies Record<string, AttemptLimit>;

/** Wrong codes one challenge allows before it is spent. */
export const CODE_ATTEMPTS_PER_CHALLENGE = 3;

/** How long a one-time code lasts. */
export const CODE_TTL_MS = 10 * 60 * 1000;

const FIRST_LOCK_MS = FIFTEEN_MINUTES;
const LONGEST_LOCK_MS = 24 * 3600 * 1000;

/** Each lock lasts twice the one before: 15 minutes, 30, an hour ... at most a day. */
export function lockDurationMs(previousLocks: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** previousLocks, LONGEST_LOCK_MS);
}

/** Counter keys: one namespace per step and kind, so a flood of starts never locks out codes. */
export const attemptKeys = {
  startByAddress: (address: string): string => `start:ip:${address}`,
  startByCrime: (crimeReference: string): string => `start:crime:${crimeReference}`,
  codeByAddress: (address: string): string => `verify:ip:${address}`,
  codeByCrime: (crimeReference: string): string => `verify:crime:${crimeReference}`,
};
