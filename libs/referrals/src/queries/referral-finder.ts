import { EntityManager } from 'typeorm';
import { Actor, NotFoundError } from '@vs/platform';
import { Referral } from '../entities/referral.entity';
import { referralScope, serviceScope } from './referral-scope';

/**
 * A referral the actor's service works on (serviceScope), else "not found": a referral outside the
 * caller's work is never confirmed to exist. Exported for libs/advocacy's casework.
 */
export async function findServiceReferral(
  manager: EntityManager,
  actor: Actor,
  id: string,
  options: { readonly lock?: boolean } = {},
): Promise<Referral> {
  const scope = serviceScope(actor, 'r');
  const select = manager
    .createQueryBuilder(Referral, 'r')
    .where('r.id = :id', { id })
    .andWhere(scope.sql, scope.params);
  // Locked when what follows may move the referral as a side effect (a first contact), not by a version the caller sent.
  if (options.lock) select.setLock('pessimistic_write');
  const referral = await select.getOne();
  if (!referral) throw new NotFoundError('Referral', id);
  return referral;
}

/** A referral the actor may read, or null. */
export function findReadableReferral(manager: EntityManager, actor: Actor, id: string): Promise<Referral | null> {
  const scope = referralScope(actor, 'r');
  return manager
    .createQueryBuilder(Referral, 'r')
    .where('r.id = :id', { id })
    .andWhere(scope.sql, scope.params)
    .getOne();
}
