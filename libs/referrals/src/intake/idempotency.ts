import { EntityManager } from 'typeorm';
import { Referral } from '../entities/referral.entity';
import { IdempotencyKeyReusedError } from '../referrals.errors';

/**
 * Holds, until the transaction ends, a lock on one referrer's key: two copies of the same referral
 * sent at once queue here, so the second finds the first instead of recording the victim again.
 */
export async function lockKey(manager: EntityManager, organisationId: string, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`referral:${organisationId}:${key}`]);
}

/** The referral first made with the key; refused when the key came with a different referral. */
export async function findByKey(
  manager: EntityManager,
  organisationId: string,
  key: string,
  fingerprint: string,
): Promise<Referral | null> {
  const earlier = await manager.findOneBy(Referral, { referredByOrganisationId: organisationId, idempotencyKey: key });
  if (earlier && earlier.requestFingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
  return earlier;
}
