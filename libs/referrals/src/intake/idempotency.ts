import { CombinedRead } from '@vs/platform';

import { IdempotencyKeyReusedError } from '../referrals.errors';

/**
 * The advisory lock key of one referrer's idempotency key, held until the transaction ends: two
 * copies of the same referral sent at once queue on it, so the second finds the first instead of
 * recording the victim again.
 */
export const idempotencyLockKey = (organisationId: string, key: string): string => `referral:${organisationId}:${key}`;

const EARLIER_SQL = `SELECT json_build_object('id', id, 'fingerprint', request_fingerprint) FROM referrals
   WHERE referred_by_organisation_id = $1 AND idempotency_key = $2`;

/**
 * Adds to `read` the search for the referral first made with the key. The getter gives its id, or
 * null when there is none, and refuses the key when it came with a different referral.
 */
export function earlierReferralIn(
  read: CombinedRead,
  organisationId: string,
  key: string,
  fingerprint: string,
): () => string | null {
  const earlier = read.value<{ id: string; fingerprint: string } | null>({
    sql: EARLIER_SQL,
    params: [organisationId, key],
  });
  return () => {
    const found = earlier();
    if (found && found.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
    return found?.id ?? null;
  };
}
