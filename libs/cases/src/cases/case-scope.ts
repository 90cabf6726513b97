import { Actor, Role } from '@vs/platform';
import { ScopeSql, victimScope } from '@vs/victims';

/** SQL expressions, in the caller's query, for a case's id and its crime's recording organisation. */
export interface CaseColumns {
  readonly caseIdSql: string;
  readonly recordingOrganisationIdSql: string;
}

/**
 * The cases an actor may see, as an SQL condition for `QueryBuilder.andWhere(sql, params)`: a police
 * officer those their organisation recorded; anyone else those with at least one victim in their
 * victim scope (an advocate, the victims allocated to them or their team).
 */
export function caseScope(actor: Actor, columns: CaseColumns): ScopeSql {
  if (actor.role === Role.PoliceCaseOfficer) {
    return {
      sql: `${columns.recordingOrganisationIdSql} = :cs_scope_organisation_id`,
      params: { cs_scope_organisation_id: actor.organisationId },
    };
  }
  const victims = victimScope(actor, 'cs_link.victim_id');
  return {
    sql: `EXISTS (SELECT 1 FROM crime_victims cs_link WHERE cs_link.crime_id = ${columns.caseIdSql} AND ${victims.sql})`,
    params: victims.params,
  };
}
