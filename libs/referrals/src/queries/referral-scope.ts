import { Actor, Role } from '@vs/platform';
import { ScopeSql } from '@vs/victims';

/**
 * The referrals a service works on, as an SQL condition on the referral alias: a service manager
 * every referral sent to their organisation, an advocate those allocated to them or their team
 * there. Other roles work on none.
 */
export function serviceScope(actor: Actor, alias: string): ScopeSql {
  const organisation = `${alias}.organisation_id = :rs_organisation_id`;
  switch (actor.role) {
    case Role.ServiceManager:
      return { sql: organisation, params: { rs_organisation_id: actor.organisationId } };
    case Role.Advocate: {
      const holder =
        actor.team === null
          ? `${alias}.allocated_user_id = :rs_user_id`
          : `(${alias}.allocated_user_id = :rs_user_id OR ${alias}.allocated_team = :rs_team)`;
      return {
        sql: `${organisation} AND ${holder}`,
        params: { rs_organisation_id: actor.organisationId, rs_user_id: actor.userId, rs_team: actor.team },
      };
    }
    case Role.Referrer:
    case Role.PoliceCaseOfficer:
    case Role.Commissioner:
    case Role.Auditor:
    case Role.Admin:
      return { sql: 'FALSE', params: {} };
  }
}

/**
 * The referrals an actor may read: those they made; a police unit's officers those the unit made;
 * and the referrals their service works on (serviceScope).
 */
export function referralScope(actor: Actor, alias: string): ScopeSql {
  const own = `${alias}.referred_by_user_id = :rr_user_id`;
  const params = { rr_user_id: actor.userId };
  if (actor.role === Role.PoliceCaseOfficer)
    return {
      sql: `(${own} OR ${alias}.referred_by_organisation_id = :rr_organisation_id)`,
      params: { ...params, rr_organisation_id: actor.organisationId },
    };
  const service = serviceScope(actor, alias);
  return { sql: `(${own} OR (${service.sql}))`, params: { ...params, ...service.params } };
}
