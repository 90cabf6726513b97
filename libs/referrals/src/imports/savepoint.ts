import { EntityManager } from 'typeorm';

/**
 * Runs `work` inside the caller's transaction so that, if it throws, everything it wrote is undone
 * and the transaction carries on: one CSV row is imported whole or not at all, while its neighbours
 * in the same transaction stand.
 */
export async function atomically<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query('SAVEPOINT import_row');
  try {
    const result = await work();
    await manager.query('RELEASE SAVEPOINT import_row');
    return result;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT import_row');
    throw error;
  }
}
