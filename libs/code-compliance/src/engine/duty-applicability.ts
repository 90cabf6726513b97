import { OffenceGroup } from '@vs/victims';
import { DutyCondition, DutyDefinition } from '../catalogue/duty-definition';
import { DutyTrigger, EventFacts } from './duty-triggers';

/**
 * Offence groups taken as violent or sexual, as the Victim Contact Scheme requires (the violent and
 * sexual offences of the Sentencing Code's schedule 18). By their nature: sexual offences and child
 * sexual exploitation, knife crime, attempted murder, homicide and fatal road collisions (causing
 * death by dangerous driving is a violent offence), terrorism, modern slavery and trafficking.
 * Mostly, and all but certainly once the sentence is 12 months' custody: domestic abuse, stalking
 * and harassment, hate crime. These count too, because the duty is waivable (a victim not wanting
 * it costs a recorded decision) while leaving one out would silently deny a statutory right.
 * Fraud is never violent; "other" says nothing, so the record cannot show the condition holds.
 */
export const VIOLENT_OR_SEXUAL_OFFENCE_GROUPS: ReadonlySet<OffenceGroup> = new Set([
  OffenceGroup.SexualOffences,
  OffenceGroup.ChildSexualExploitation,
  OffenceGroup.KnifeCrime,
  OffenceGroup.AttemptedMurder,
  OffenceGroup.HomicideBereaved,
  OffenceGroup.RoadDeathBereaved,
  OffenceGroup.Terrorism,
  OffenceGroup.ModernSlavery,
  OffenceGroup.DomesticAbuse,
  OffenceGroup.StalkingHarassment,
  OffenceGroup.HateCrime,
]);

const MIN_CUSTODIAL_MONTHS = 12;

/**
 * A sentence (its event's details, events/event-details.ts in cases) qualifies the victim for the
 * Victim Contact Scheme when it is a hospital order, or 12 months or more of immediate custody: a
 * suspended sentence is not served in custody.
 */
export function qualifiesForVictimContactScheme(offenceGroup: OffenceGroup, sentence: EventFacts['details']): boolean {
  if (!VIOLENT_OR_SEXUAL_OFFENCE_GROUPS.has(offenceGroup)) return false;
  if (sentence.hospitalOrder === true) return true;
  const months = sentence.custodialMonths;
  return typeof months === 'number' && months >= MIN_CUSTODIAL_MONTHS && sentence.suspended !== true;
}

/** Whether the duty is owed at all on this occasion, beyond its trigger having happened. */
export function isDutyApplicable(duty: DutyDefinition, offenceGroup: OffenceGroup, trigger: DutyTrigger): boolean {
  switch (duty.condition) {
    case DutyCondition.Always:
      return true;
    case DutyCondition.VictimContactSchemeEligible:
      return trigger.event !== null && qualifiesForVictimContactScheme(offenceGroup, trigger.event.details);
  }
}
