import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor, NotFoundError } from '@vs/platform';
import { CaseWithCrime } from '../dto/case-view.dto';
import { Case } from '../entities/case.entity';
import { caseScope } from './case-scope';

/** Case `c` joined to its crime `cr`: the columns every case query starts from. */
export const CASE_COLUMNS = { caseIdSql: 'c.id', recordingOrganisationIdSql: 'cr.recording_organisation_id' } as const;

export const casesWithCrime = (manager: EntityManager): SelectQueryBuilder<Case> =>
  manager.createQueryBuilder(Case, 'c').innerJoinAndSelect('c.crime', 'cr');

/** The case if the actor may see it, else null. */
export async function findVisibleCase(manager: EntityManager, actor: Actor, id: string): Promise<CaseWithCrime | null> {
  const scope = caseScope(actor, CASE_COLUMNS);
  const row = await casesWithCrime(manager).where('c.id = :id', { id }).andWhere(scope.sql, scope.params).getOne();
  return row as CaseWithCrime | null;
}

/**
 * A case recorded by the actor's organisation, the only cases its officers record milestones for;
 * any other is "not found", never "forbidden".
 */
export async function findOwnRecordedCase(manager: EntityManager, actor: Actor, id: string): Promise<CaseWithCrime> {
  const row = await casesWithCrime(manager)
    .where('c.id = :id', { id })
    .andWhere('cr.recording_organisation_id = :organisationId', { organisationId: actor.organisationId })
    .getOne();
  if (!row) throw new NotFoundError('Case', id);
  return row as CaseWithCrime;
}

/** The case of a crime reference, locked for a stage change; null when no crime has the reference. */
export async function findCaseByCrimeReference(
  manager: EntityManager,
  crimeReference: string,
): Promise<CaseWithCrime | null> {
  const row = await casesWithCrime(manager)
    .where('cr.crime_reference = :crimeReference', { crimeReference })
    .setLock('pessimistic_write', undefined, ['c'])
    .getOne();
  return row as CaseWithCrime | null;
}
