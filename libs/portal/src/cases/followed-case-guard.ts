import { EntityManager } from 'typeorm';
import { NotFoundError } from '@vs/platform';
import { followedCases } from './portal-case-queries';

/** 404 unless the victim follows the case: one that is not theirs looks exactly like one that does not exist. */
export async function assertFollows(manager: EntityManager, victimId: string, caseId: string): Promise<void> {
  const [found] = await followedCases(manager, victimId, caseId);
  if (!found) throw new NotFoundError('Case', caseId);
}
