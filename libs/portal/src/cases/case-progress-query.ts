import { DataSource } from 'typeorm';
import { livePortalSession } from '@vs/auth';
import { CaseEventType, CaseStage, HearingStatus } from '@vs/cases';
import { DutyStatus } from '@vs/code-compliance';
import { preparedQuery, VictimPrincipal } from '@vs/platform';
import { OffenceGroup, VictimAccessBasis } from '@vs/victims';
import { followedBy } from './followed-cases';

/** Timestamps inside json_build_object arrive as ISO 8601 text; the caller makes them Dates. */
type JsonTime = string;

export interface ProgressCaseRow {
  readonly id: string;
  readonly crimeReference: string;
  readonly offence: string;
  readonly offenceGroup: OffenceGroup;
  readonly stage: CaseStage;
  readonly stageChangedAt: JsonTime;
}

export interface ProgressHearingRow {
  readonly court: string;
  readonly startsAt: JsonTime;
  /** e.g. "Tuesday 3 June 2025" and "10:00": formatted by PostgreSQL, which has the London time zone rules to hand. */
  readonly londonDate: string;
  readonly londonTime: string;
  readonly mustGiveEvidence: boolean;
}

export interface ProgressDutyRow {
  readonly dutyCode: string;
  readonly right: number;
  readonly status: DutyStatus;
  readonly triggeredAt: JsonTime;
  readonly dueAt: JsonTime | null;
  readonly fulfilledAt: JsonTime | null;
}

/** Everything the progress page shows, as one statement reads it. */
export interface CaseProgressRow {
  /** False once the portal session is revoked or expired: the route answers 401 whatever else is here. */
  readonly sessionLive: boolean;
  /** Null when the victim does not follow the case (or it does not exist); the lists are then empty. */
  readonly case: ProgressCaseRow | null;
  readonly timeline: { occurredAt: JsonTime; line: string }[];
  readonly nextHearing: ProgressHearingRow | null;
  readonly advocates: { name: string; organisation: string }[];
  readonly duties: ProgressDutyRow[];
}

/**
 * One statement for the whole progress page: whether the portal session is live, the case if the
 * victim follows it, the events they may see, the next listed hearing (and whether they must give
 * evidence at it: an event saying so for that hearing or for the case as a whole), the advocates
 * supporting them and their duty instances on the case. Every part joins `followed`, so nothing
 * of a case they do not follow is read. One round trip instead of one per part is most of what
 * this page costs to serve; being prepared, it is planned once per connection.
 */
const CASE_PROGRESS_SQL = `
WITH followed AS (
  SELECT crime.id, crime.crime_reference, crime.offence, crime.offence_group, journey.stage, journey.stage_changed_at
    FROM crimes crime JOIN cases journey ON journey.id = crime.id
   WHERE crime.id = $2 AND ${followedBy('$1', 'crime.id')}
)
SELECT
  ${livePortalSession('$3', '$1', '$4')} AS "sessionLive",
  (SELECT json_build_object('id', f.id, 'crimeReference', f.crime_reference, 'offence', f.offence,
                            'offenceGroup', f.offence_group, 'stage', f.stage, 'stageChangedAt', f.stage_changed_at)
     FROM followed f) AS "case",
  (SELECT coalesce(json_agg(json_build_object('occurredAt', event.occurred_at, 'line', event.victim_line)
                            ORDER BY event.occurred_at, event.id), '[]')
     FROM followed f JOIN case_events event ON event.case_id = f.id
    WHERE event.visible_to_victim) AS "timeline",
  (SELECT json_build_object('court', hearing.court, 'startsAt', hearing.starts_at,
            'londonDate', to_char(hearing.starts_at AT TIME ZONE 'Europe/London', 'FMDay FMDD FMMonth YYYY'),
            'londonTime', to_char(hearing.starts_at AT TIME ZONE 'Europe/London', 'HH24:MI'),
            'mustGiveEvidence',
            EXISTS (SELECT 1 FROM case_events evidence
                     WHERE evidence.case_id = hearing.case_id AND evidence.type = $5
                       AND (evidence.hearing_id IS NULL OR evidence.hearing_id = hearing.id)))
     FROM followed f JOIN hearings hearing ON hearing.case_id = f.id
    WHERE hearing.status = $6 AND hearing.starts_at > $4
    ORDER BY hearing.starts_at LIMIT 1) AS "nextHearing",
  (SELECT coalesce(json_agg(json_build_object('name', advocate.name, 'organisation', advocate.organisation)
                            ORDER BY advocate.name, advocate.organisation), '[]')
     FROM (SELECT DISTINCT staff.display_name AS name, organisation.name AS organisation
             FROM followed f
             JOIN victim_access_grants grant_row ON grant_row.victim_id = $1
             JOIN staff_users staff ON staff.id = grant_row.user_id
             JOIN organisations organisation ON organisation.id = grant_row.organisation_id
            WHERE grant_row.basis = $7 AND grant_row.revoked_at IS NULL) advocate) AS "advocates",
  (SELECT coalesce(json_agg(json_build_object('dutyCode', duty.duty_code, 'right', duty.right, 'status', duty.status,
                                              'triggeredAt', duty.triggered_at, 'dueAt', duty.due_at,
                                              'fulfilledAt', duty.fulfilled_at)), '[]')
     FROM followed f JOIN duty_instances duty ON duty.case_id = f.id AND duty.victim_id = $1) AS "duties"`;

export async function readCaseProgress(
  dataSource: DataSource,
  victim: Pick<VictimPrincipal, 'victimId' | 'portalSessionId'>,
  caseId: string,
  now: Date,
): Promise<CaseProgressRow> {
  const [row] = await preparedQuery<CaseProgressRow>(dataSource.manager, CASE_PROGRESS_SQL, [
    victim.victimId,
    caseId,
    victim.portalSessionId,
    now,
    CaseEventType.RequiredToGiveEvidence,
    HearingStatus.Listed,
    VictimAccessBasis.Supporting,
  ]);
  if (!row) throw new Error('The progress statement always returns one row');
  return row;
}
