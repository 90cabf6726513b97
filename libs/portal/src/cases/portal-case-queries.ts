import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { CaseEventType, CaseStage, HearingStatus } from '@vs/cases';
import { OffenceGroup, VictimAccessBasis } from '@vs/victims';
import { AdvocateView, NextHearingView, PortalCaseView, TimelineEntryView } from '../dto/portal-case.view';
import { followedBy } from './followed-cases';
import { OFFENCE_GROUP_IN_PLAIN_WORDS, STAGE_IN_PLAIN_WORDS } from './plain-words';

const LONDON = 'Europe/London';
export const REACH_BY_MESSAGE = 'Send a message in the portal (Messages)';

interface CaseRow {
  id: string;
  crime_reference: string;
  offence: string;
  offence_group: OffenceGroup;
  stage: CaseStage;
  stage_changed_at: Date;
}

const toCaseView = (row: CaseRow): PortalCaseView => ({
  id: row.id,
  crimeReference: row.crime_reference,
  offence: `${OFFENCE_GROUP_IN_PLAIN_WORDS[row.offence_group]}: ${row.offence}`,
  stage: STAGE_IN_PLAIN_WORDS[row.stage],
  stageSince: row.stage_changed_at,
});

/** The victim's followed cases, newest report first; with `caseId`, that one case or none. */
export async function followedCases(
  manager: EntityManager,
  victimId: string,
  caseId?: string,
): Promise<PortalCaseView[]> {
  const rows: CaseRow[] = await manager.query(
    `SELECT crime.id, crime.crime_reference, crime.offence, crime.offence_group, journey.stage, journey.stage_changed_at
       FROM crimes crime JOIN cases journey ON journey.id = crime.id
      WHERE ${followedBy('$1', 'crime.id')} AND ($2::uuid IS NULL OR crime.id = $2)
      ORDER BY crime.reported_at DESC, crime.id`,
    [victimId, caseId ?? null],
  );
  return rows.map(toCaseView);
}

/** The events the victim may see, oldest first, in the words written for them. */
export async function victimTimeline(
  manager: EntityManager,
  victimId: string,
  caseId: string,
): Promise<TimelineEntryView[]> {
  const rows: { occurred_at: Date; victim_line: string }[] = await manager.query(
    `SELECT event.occurred_at, event.victim_line FROM case_events event
      WHERE event.case_id = $2 AND event.visible_to_victim AND ${followedBy('$1', 'event.case_id')}
      ORDER BY event.occurred_at, event.id`,
    [victimId, caseId],
  );
  return rows.map((row) => ({ occurredAt: row.occurred_at, line: row.victim_line }));
}

/**
 * The next listed hearing, and whether the victim must give evidence: an event saying so recorded
 * for that hearing or for the case as a whole.
 */
export async function nextHearing(
  manager: EntityManager,
  victimId: string,
  caseId: string,
  now: Date,
): Promise<NextHearingView | null> {
  const rows: { court: string; starts_at: Date; must_give_evidence: boolean }[] = await manager.query(
    `SELECT hearing.court, hearing.starts_at,
            EXISTS (SELECT 1 FROM case_events evidence
                     WHERE evidence.case_id = hearing.case_id AND evidence.type = $4
                       AND (evidence.hearing_id IS NULL OR evidence.hearing_id = hearing.id)) AS must_give_evidence
       FROM hearings hearing
      WHERE hearing.case_id = $2 AND hearing.status = $5 AND hearing.starts_at > $3
        AND ${followedBy('$1', 'hearing.case_id')}
      ORDER BY hearing.starts_at LIMIT 1`,
    [victimId, caseId, now, CaseEventType.RequiredToGiveEvidence, HearingStatus.Listed],
  );
  const row = rows[0];
  if (!row) return null;
  const local = DateTime.fromJSDate(row.starts_at, { zone: LONDON });
  return {
    court: row.court,
    date: local.toFormat('cccc d LLLL yyyy'),
    time: local.toFormat('HH:mm'),
    startsAt: row.starts_at,
    mustGiveEvidence: row.must_give_evidence,
  };
}

/** The advocates allocated to support the victim (a supporting grant naming a user), by name. */
export async function victimAdvocates(manager: EntityManager, victimId: string): Promise<AdvocateView[]> {
  const rows: { name: string; organisation: string }[] = await manager.query(
    `SELECT DISTINCT staff.display_name AS name, organisation.name AS organisation
       FROM victim_access_grants grant_row
       JOIN staff_users staff ON staff.id = grant_row.user_id
       JOIN organisations organisation ON organisation.id = grant_row.organisation_id
      WHERE grant_row.victim_id = $1 AND grant_row.basis = $2 AND grant_row.revoked_at IS NULL
      ORDER BY 1, 2`,
    [victimId, VictimAccessBasis.Supporting],
  );
  return rows.map((row) => ({ ...row, howToReach: REACH_BY_MESSAGE }));
}
