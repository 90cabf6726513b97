import { UnauthenticatedError } from '../auth.errors';

/**
 * What a passport guard makes of its strategy's verdict. A token that fails verification arrives
 * as no principal: 401. An error is a fault while resolving a valid token's principal (the
 * database is down, say): it goes on to the error mapping, so an outage never tells a client to
 * sign in again.
 */
export function principalOrFail<T>(error: unknown, principal: T | false): T {
  if (error instanceof Error) throw error;
  if (error || !principal) throw new UnauthenticatedError();
  return principal;
}
