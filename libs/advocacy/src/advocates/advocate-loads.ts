import { EntityManager } from 'typeorm';
import { ALLOCATED_STATES } from '@vs/referrals';
import { AdvocateView } from '../dto/advocate.dto';
import { AdvocateType } from '../model/advocate-type';

interface AdvocateLoadRow {
  id: string;
  user_id: string;
  organisation_id: string;
  type: AdvocateType;
  borough_codes: string[];
  languages: string[];
  working_hours_fraction: string;
  caseload_capacity: number;
  active: boolean;
  version: number;
  display_name: string;
  team: string | null;
  active_cases: number;
}

const toView = (row: AdvocateLoadRow): AdvocateView => ({
  id: row.id,
  userId: row.user_id,
  displayName: row.display_name,
  team: row.team,
  organisationId: row.organisation_id,
  type: row.type,
  boroughCodes: row.borough_codes,
  languages: row.languages,
  workingHoursFraction: Number(row.working_hours_fraction),
  caseloadCapacity: row.caseload_capacity,
  activeCases: row.active_cases,
  active: row.active,
  version: row.version,
});

export interface AdvocateLoadFilter {
  readonly advocateId?: string;
  readonly activeOnly?: boolean;
}

/**
 * An organisation's advocates, each with the open referrals allocated to them, in one query
 * whatever their number (allocation, the advocates list and the service dashboard all read it).
 */
export async function advocateLoads(
  manager: EntityManager,
  organisationId: string,
  filter: AdvocateLoadFilter = {},
): Promise<AdvocateView[]> {
  const rows = await manager.query<AdvocateLoadRow[]>(
    `SELECT a.id, a.user_id, a.organisation_id, a.type, a.borough_codes, a.languages, a.working_hours_fraction,
            a.caseload_capacity, a.active, a.version, u.display_name, u.team, count(r.id)::int AS active_cases
       FROM advocates a
       JOIN staff_users u ON u.id = a.user_id
       LEFT JOIN referrals r ON r.allocated_user_id = a.user_id AND r.organisation_id = a.organisation_id
                            AND r.state = ANY($2::referral_state[])
      WHERE a.organisation_id = $1
        AND ($3::uuid IS NULL OR a.id = $3)
        AND (NOT $4 OR a.active)
      GROUP BY a.id, u.id
      ORDER BY u.display_name, a.id`,
    [organisationId, ALLOCATED_STATES, filter.advocateId ?? null, filter.activeOnly ?? false],
  );
  return rows.map(toView);
}
