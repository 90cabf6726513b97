import { EntityManager } from 'typeorm';
import { CaseStage } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';
import { PortalCaseView, TimelineEntryView } from '../dto/portal-case.view';
import { followedBy } from './followed-cases';
import { OFFENCE_GROUP_IN_PLAIN_WORDS, STAGE_IN_PLAIN_WORDS } from './plain-words';

export interface CaseRow {
  readonly id: string;
  readonly crimeReference: string;
  readonly offence: string;
  readonly offenceGroup: OffenceGroup;
  readonly stage: CaseStage;
  readonly stageChangedAt: Date;
}

export const toCaseView = (row: CaseRow): PortalCaseView => ({
  id: row.id,
  crimeReference: row.crimeReference,
  offence: `${OFFENCE_GROUP_IN_PLAIN_WORDS[row.offenceGroup]}: ${row.offence}`,
  stage: STAGE_IN_PLAIN_WORDS[row.stage],
  stageSince: row.stageChangedAt,
});

/** The victim's followed cases, newest report first; with `caseId`, that one case or none. */
export async function followedCases(
  manager: EntityManager,
  victimId: string,
  caseId?: string,
): Promise<PortalCaseView[]> {
  const rows: CaseRow[] = await manager.query(
    `SELECT crime.id, crime.crime_reference AS "crimeReference", crime.offence, crime.offence_group AS "offenceGroup",
            journey.stage, journey.stage_changed_at AS "stageChangedAt"
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
