import { ValidationFailedError } from '@vs/platform';

/** Clocks of the caller and the server may differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A recorded time of something that happened: refused when it lies in the future. */
export function pastInstant(field: string, value: string, now: Date): Date {
  const instant = new Date(value);
  if (instant.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new ValidationFailedError([{ field, messages: [`${field} must not be in the future`] }]);
  return instant;
}
