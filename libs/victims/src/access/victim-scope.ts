import { Actor, Role } from '@vs/platform';
import { VictimAccessBasis } from './access-basis';

/** An SQL boolean expression and its named parameters, for `QueryBuilder.andWhere(sql, params)`. */
export interface ScopeSql {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

/** Parameters are prefixed `vs_scope_` so they never collide with the caller's own. */
const activeGrant = (victimIdSql: string, condition: string): string =>
  `EXISTS (SELECT 1 FROM victim_access_grants vs_grant WHERE vs_grant.victim_id = ${victimIdSql} ` +
  `AND vs_grant.revoked_at IS NULL AND ${condition})`;

const OWN_ORGANISATION = 'vs_grant.organisation_id = :vs_scope_organisation_id';

/**
 * The victims an actor may see, as a condition on the SQL expression `victimIdSql` (e.g.
 * `victim.id`, `crime.victim_id`): a police officer those their unit recorded a crime for, a
 * referrer those they referred, an advocate those allocated to them or their team in their
 * organisation, a service manager any victim their organisation holds a grant for. Every other role
 * sees none.
 */
export function victimScope(actor: Actor, victimIdSql: string): ScopeSql {
  switch (actor.role) {
    case Role.PoliceCaseOfficer:
    case Role.ServiceManager:
      return {
        sql: activeGrant(victimIdSql, OWN_ORGANISATION),
        params: { vs_scope_organisation_id: actor.organisationId },
      };
    case Role.Referrer:
      return {
        sql: activeGrant(victimIdSql, 'vs_grant.user_id = :vs_scope_user_id'),
        params: { vs_scope_user_id: actor.userId },
      };
    case Role.Advocate: {
      const holder =
        actor.team === null
          ? 'vs_grant.user_id = :vs_scope_user_id'
          : '(vs_grant.user_id = :vs_scope_user_id OR vs_grant.team = :vs_scope_team)';
      return {
        sql: activeGrant(
          victimIdSql,
          `${OWN_ORGANISATION} AND vs_grant.basis = '${VictimAccessBasis.Supporting}' AND ${holder}`,
        ),
        params: {
          vs_scope_organisation_id: actor.organisationId,
          vs_scope_user_id: actor.userId,
          vs_scope_team: actor.team,
        },
      };
    }
    case Role.Commissioner:
    case Role.Auditor:
    case Role.Admin:
      return { sql: 'FALSE', params: {} };
  }
}
