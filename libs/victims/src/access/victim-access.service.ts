import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Actor, newId, NotFoundError, Role, WriteBatch } from '@vs/platform';
import { VictimAccessGrant } from '../entities/victim-access-grant.entity';
import { Victim } from '../entities/victim.entity';
import { VictimAccessGrantRequest } from './creator-grant';
import { victimScope } from './victim-scope';

/**
 * Inserts the grants, one VALUES row each (so the plan knows how many), leaving out any already
 * active.
 */
const grantsSql = (count: number): string => {
  const rows = Array.from({ length: count }, (_, index) => {
    const at = index * 6;
    return `($${at + 1}::uuid, $${at + 2}::uuid, $${at + 3}::uuid, $${at + 4}::uuid, $${at + 5}::varchar, $${at + 6}::victim_access_basis)`;
  });
  return `INSERT INTO victim_access_grants (id, victim_id, organisation_id, user_id, team, basis)
  SELECT g.id, g.victim_id, g.organisation_id, g.user_id, g.team, g.basis
    FROM (VALUES ${rows.join(', ')}) AS g(id, victim_id, organisation_id, user_id, team, basis)
   WHERE NOT EXISTS (SELECT 1 FROM victim_access_grants held
                      WHERE held.victim_id = g.victim_id AND held.organisation_id = g.organisation_id
                        AND held.user_id IS NOT DISTINCT FROM g.user_id AND held.team IS NOT DISTINCT FROM g.team
                        AND held.basis = g.basis AND held.revoked_at IS NULL)`;
};

/** Equal for two requests of the same grant. */
const holderOf = (request: VictimAccessGrantRequest): string =>
  JSON.stringify([
    request.victimId,
    request.organisationId,
    request.userId ?? null,
    request.team ?? null,
    request.basis,
  ]);

/** Who may see which victim: grants, their revocation, and the check every victim use case starts with. */
@Injectable()
export class VictimAccessService {
  /** Records a grant; an identical active grant is returned instead of being repeated. */
  async grant(manager: EntityManager, request: VictimAccessGrantRequest): Promise<VictimAccessGrant> {
    const grant = {
      victimId: request.victimId,
      organisationId: request.organisationId,
      userId: request.userId ?? null,
      team: request.team ?? null,
      basis: request.basis,
    };
    const existing = await manager.findOneBy(VictimAccessGrant, {
      ...grant,
      userId: grant.userId ?? IsNull(),
      team: grant.team ?? IsNull(),
      revokedAt: IsNull(),
    });
    if (existing) return existing;
    const created = manager.create(VictimAccessGrant, grant);
    await manager.insert(VictimAccessGrant, created);
    return manager.findOneByOrFail(VictimAccessGrant, { id: created.id });
  }

  /**
   * Adds the grants to `batch` as one insert, leaving out repeats among them and grants already
   * active: what `grant` does for one, in no round trip of its own.
   */
  grantAllIn(batch: WriteBatch, requests: readonly VictimAccessGrantRequest[]): void {
    const grants = [...new Map(requests.map((request) => [holderOf(request), request])).values()];
    if (grants.length === 0) return;
    batch.add({
      sql: grantsSql(grants.length),
      params: grants.flatMap((grant) => [
        newId(),
        grant.victimId,
        grant.organisationId,
        grant.userId ?? null,
        grant.team ?? null,
        grant.basis,
      ]),
    });
  }

  /** Ends a grant (kept as history). Revoking a revoked grant changes nothing. */
  async revoke(manager: EntityManager, grantId: string): Promise<void> {
    const result = await manager.update(
      VictimAccessGrant,
      { id: grantId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
    if (result.affected === 0 && !(await manager.existsBy(VictimAccessGrant, { id: grantId }))) {
      throw new NotFoundError('Victim access grant', grantId);
    }
  }

  /**
   * Passes when the victim is in the actor's scope. Out of scope, only a service manager who states
   * a break-glass reason gets through (`breakGlass: true`; their audit record carries the reason and
   * is flagged for review). Anyone else gets 404, so nothing reveals that the record exists.
   */
  async assertCanAccess(manager: EntityManager, actor: Actor, victimId: string): Promise<{ breakGlass: boolean }> {
    if ((await this.visibleAmong(manager, actor, [victimId])).has(victimId)) return { breakGlass: false };
    const mayBreakGlass = actor.role === Role.ServiceManager && actor.breakGlassReason !== null;
    if (mayBreakGlass && (await manager.existsBy(Victim, { id: victimId }))) return { breakGlass: true };
    throw new NotFoundError('Victim', victimId);
  }

  /** The ids among `victimIds` that the actor may see (never by breaking glass). */
  async visibleAmong(manager: EntityManager, actor: Actor, victimIds: readonly string[]): Promise<Set<string>> {
    if (victimIds.length === 0) return new Set();
    const scope = victimScope(actor, 'victim.id');
    const rows = await manager
      .createQueryBuilder(Victim, 'victim')
      .select('victim.id', 'id')
      .where('victim.id IN (:...vs_victim_ids)', { vs_victim_ids: victimIds })
      .andWhere(scope.sql, scope.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }
}
