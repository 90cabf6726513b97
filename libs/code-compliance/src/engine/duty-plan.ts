import { Crime } from '@vs/cases';
import { DUTY_CATALOGUE, DUTY_CATALOGUE_VERSION } from '../catalogue/duty-catalogue';
import { DutyStatus, evaluateDuty } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';
import { isDutyApplicable } from './duty-applicability';
import { boundaryOf, fulfilmentOf } from './duty-fulfilment';
import { EventFacts, triggersOf } from './duty-triggers';
import { responsibleOrganisationOf } from './responsible-organisation';

/** The columns the engine derives from the case record; it leaves the id, the waiver and timestamps alone. */
export type PlannedDuty = Pick<
  DutyInstance,
  | 'caseId'
  | 'victimId'
  | 'dutyCode'
  | 'catalogueVersion'
  | 'right'
  | 'agency'
  | 'deadlineSource'
  | 'triggerKey'
  | 'triggeredAt'
  | 'dueAt'
  | 'status'
  | 'fulfilledAt'
  | 'fulfilmentRecordedAt'
  | 'fulfilledByEventId'
  | 'enhanced'
  | 'boroughCode'
  | 'offenceGroup'
  | 'responsibleOrganisationId'
>;

export type CrimeFacts = Pick<Crime, 'id' | 'reportedAt' | 'offenceGroup' | 'boroughCode' | 'recordingOrganisationId'>;

/** A victim of the case and their current enhanced-rights status. */
export interface VictimOfCase {
  readonly victimId: string;
  readonly enhanced: boolean;
}

/** Identifies a duty instance within its case (the columns of its unique key). */
export const dutyKey = (duty: Pick<DutyInstance, 'victimId' | 'dutyCode' | 'triggerKey'>): string =>
  `${duty.victimId}/${duty.dutyCode}/${duty.triggerKey}`;

/**
 * Every duty the case owes one victim at `now`, derived afresh from the crime and all the case's
 * events. One rule serves every arrival, in whatever order and however late it is recorded: a victim
 * linked, an event, a re-assessment. What the record holds of an instance is kept where the events
 * cannot say it: its waiver, its catalogue version, and the enhanced status of a duty already
 * settled (judged under the status of its time; only open duties follow a re-assessment).
 */
export function planDuties(
  crime: CrimeFacts,
  victim: VictimOfCase,
  events: readonly EventFacts[],
  recorded: ReadonlyMap<string, DutyInstance>,
  now: Date,
): PlannedDuty[] {
  return DUTY_CATALOGUE.flatMap((duty) =>
    triggersOf(duty, crime, events).map((trigger): PlannedDuty => {
      const previous = recorded.get(
        dutyKey({ victimId: victim.victimId, dutyCode: duty.code, triggerKey: trigger.key }),
      );
      const enhanced = previous && previous.status !== DutyStatus.Pending ? previous.enhanced : victim.enhanced;
      const fulfilment = fulfilmentOf(duty, trigger, victim.victimId, events);
      const facts = {
        triggeredAt: trigger.at,
        enhanced,
        applicable: isDutyApplicable(duty, crime.offenceGroup, trigger),
        waived: previous !== undefined && previous.waivedAt !== null,
        fulfilledAt: fulfilment?.occurredAt ?? null,
        boundaryAt: boundaryOf(duty, trigger, events),
      };
      const { status, dueAt } = evaluateDuty(duty, facts, now);
      return {
        caseId: crime.id,
        victimId: victim.victimId,
        dutyCode: duty.code,
        catalogueVersion: previous?.catalogueVersion ?? DUTY_CATALOGUE_VERSION,
        right: duty.right,
        agency: duty.owner,
        deadlineSource: duty.deadline.source,
        triggerKey: trigger.key,
        triggeredAt: trigger.at,
        dueAt,
        status,
        fulfilledAt: fulfilment?.occurredAt ?? null,
        fulfilmentRecordedAt: fulfilment?.recordedAt ?? null,
        fulfilledByEventId: fulfilment?.id ?? null,
        enhanced,
        boroughCode: crime.boroughCode,
        offenceGroup: crime.offenceGroup,
        responsibleOrganisationId: responsibleOrganisationOf(duty.owner, crime),
      };
    }),
  );
}

/** The columns that can change once an instance exists: its facts about the trigger and the crime cannot. */
const CHANGEABLE = [
  'status',
  'dueAt',
  'enhanced',
  'fulfilledAt',
  'fulfilmentRecordedAt',
  'fulfilledByEventId',
] as const;
type Changeable = (typeof CHANGEABLE)[number];

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** What the plan changes in a recorded instance (empty when nothing). */
export function changedColumns(recorded: DutyInstance, planned: PlannedDuty): Partial<Pick<PlannedDuty, Changeable>> {
  return Object.fromEntries(
    CHANGEABLE.filter((column) => !same(recorded[column], planned[column])).map((column) => [column, planned[column]]),
  );
}
