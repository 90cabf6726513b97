import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConflictError, NotFoundError } from '../errors/app-error';

/**
 * Optimistic locking: applies `changes` only if the row is still at `expectedVersion`, bumping the
 * version. A stale write is refused with 409 and the current version, so the caller can re-read.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const current = await manager
    .getRepository(target)
    .findOne({ where: { id } as never, select: { id: true, version: true } as never });
  if (!current) throw new NotFoundError(label, id);
  throw new ConflictError('stale_version', `${label} ${id} has changed since version ${expectedVersion}; reload it`, {
    currentVersion: current.version,
  });
}

/**
 * Updates bookkeeping columns (sign-in counters, timestamps) without a new version: they are not
 * edits a concurrent editor needs to see, and bumping the version would make their edit look stale.
 */
export async function updateKeepingVersion<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  changes: QueryDeepPartialEntity<T>,
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    // Naming the version column in SET stops TypeORM from incrementing it.
    .set({ ...changes, version: () => 'version' })
    .where('id = :id', { id })
    .execute();
  return result.affected ?? 0;
}
