import { CaseEvent } from '@vs/cases';
import { CRIME_REPORTED, DutyDefinition } from '../catalogue/duty-definition';

/** What the engine reads of an event. */
export type EventFacts = Pick<CaseEvent, 'id' | 'type' | 'occurredAt' | 'recordedAt' | 'details'>;

/** The trigger key of the duties owed from the report itself (there is no event to name). */
export const REPORTED_TRIGGER_KEY = 'reported';

/** One occasion a duty became owed: the report, or one event of the trigger type. */
export interface DutyTrigger {
  /** The event id, or REPORTED_TRIGGER_KEY. */
  readonly key: string;
  /** When it happened: deadlines count from here. */
  readonly at: Date;
  readonly event: EventFacts | null;
}

/** Every occasion on which the case owes the duty (each arrest owes its own update). */
export function triggersOf(
  duty: DutyDefinition,
  crime: { readonly reportedAt: Date },
  events: readonly EventFacts[],
): DutyTrigger[] {
  if (duty.trigger === CRIME_REPORTED) return [{ key: REPORTED_TRIGGER_KEY, at: crime.reportedAt, event: null }];
  return events
    .filter((event) => event.type === duty.trigger)
    .map((event) => ({ key: event.id, at: event.occurredAt, event }));
}
