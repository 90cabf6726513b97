import { InvalidEnvironmentError } from '@vs/platform';

export const REPORT_LIMITS = Symbol('REPORT_LIMITS');

export interface ReportLimits {
  /** Longer ranges are built by the worker as exports rather than during the request. */
  readonly inlineMaxDays: number;
}

/** A quarter: the longest range a report request answers at once by default. */
export const DEFAULT_INLINE_MAX_DAYS = 92;
const VARIABLE = 'COMPLIANCE_REPORT_INLINE_MAX_DAYS';

/** Read from the environment when the reports module starts; a bad value stops start-up. */
export function reportLimitsFrom(env: NodeJS.ProcessEnv): ReportLimits {
  const raw = env[VARIABLE]?.trim();
  if (raw === undefined || raw === '') return { inlineMaxDays: DEFAULT_INLINE_MAX_DAYS };
  const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= 1 && days <= 3660))
    throw new InvalidEnvironmentError([`${VARIABLE}: must be a whole number of days from 1 to 3660 (got "${raw}")`]);
  return { inlineMaxDays: days };
}
