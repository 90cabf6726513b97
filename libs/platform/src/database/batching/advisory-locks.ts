import { EntityManager } from 'typeorm';
import { preparedQuery } from './prepared-query';

/**
 * Takes transaction-scoped advisory locks on `keys`, in the order given, in one statement (unnest
 * yields the keys in order, and each row's lock is taken as the row is produced). Callers give
 * their keys in one agreed order so two transactions never wait on each other in a circle.
 */
export async function holdAdvisoryLocks(manager: EntityManager, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await preparedQuery(
    manager,
    'SELECT pg_advisory_xact_lock(hashtextextended(lock_key, 0)) FROM unnest($1::text[]) AS lock_key',
    [[...keys]],
  );
}
