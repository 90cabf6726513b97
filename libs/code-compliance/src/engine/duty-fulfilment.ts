import { CaseEventType } from '@vs/cases';
import { DutyDefinition } from '../catalogue/duty-definition';
import { DutyTrigger, EventFacts } from './duty-triggers';

/** The one that happened first; events are judged by when they happened, not when recorded. */
const earliest = (events: readonly EventFacts[]): EventFacts | null =>
  events.reduce<EventFacts | null>(
    (first, event) => (first && first.occurredAt <= event.occurredAt ? first : event),
    null,
  );

/** Did a `victim_informed` event tell this victim of this trigger? Without a victimId it told every victim. */
const informsOf = (event: EventFacts, trigger: DutyTrigger, victimId: string): boolean => {
  const told = event.details.victimId;
  return (
    event.type === CaseEventType.VictimInformed &&
    event.details.aboutEventId === trigger.key &&
    (typeof told !== 'string' || told === victimId)
  );
};

/**
 * The event that discharged the duty for one victim, if one is recorded: for "tell the victim"
 * duties, the first `victim_informed` about the trigger; for the others, the first event of the
 * fulfilling type that happened on or after the trigger (one before it belongs to an earlier occasion).
 * Events of a type with no victim in their details (a written confirmation, say) count for every
 * victim of the case: the record cannot say more.
 */
export function fulfilmentOf(
  duty: DutyDefinition,
  trigger: DutyTrigger,
  victimId: string,
  events: readonly EventFacts[],
): EventFacts | null {
  const candidates = duty.fulfilledBy.informs
    ? events.filter((event) => informsOf(event, trigger, victimId))
    : events.filter((event) => event.type === duty.fulfilledBy.event && event.occurredAt >= trigger.at);
  return earliest(candidates);
}

/** For a duty due before an event (a statement offered before the charge decision): when that event happened. */
export function boundaryOf(duty: DutyDefinition, trigger: DutyTrigger, events: readonly EventFacts[]): Date | null {
  const deadline = duty.deadline;
  if (deadline.kind !== 'before_event') return null;
  const boundaries = events.filter((event) => deadline.events.includes(event.type) && event.occurredAt >= trigger.at);
  return earliest(boundaries)?.occurredAt ?? null;
}
