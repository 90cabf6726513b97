import { workingDayDeadline } from '../calendar/working-day-calendar';
import { DutyDefinition } from './duty-definition';

export enum DutyStatus {
  Pending = 'pending',
  Met = 'met',
  MetLate = 'met_late',
  Breached = 'breached',
  NotApplicable = 'not_applicable',
  Waived = 'waived',
}

export interface DutyFacts {
  /** When the trigger happened (not when it was recorded). */
  readonly triggeredAt: Date;
  readonly enhanced: boolean;
  readonly applicable: boolean;
  readonly waived: boolean;
  /** When the fulfilling event happened, if it has been recorded. */
  readonly fulfilledAt: Date | null;
  /** For duties due before an event: when that event happened, if it has. */
  readonly boundaryAt: Date | null;
}

const HOUR_MS = 3_600_000;

/** When the duty falls due; null for a duty due before an event that has not happened. */
export function dueAt(
  duty: DutyDefinition,
  facts: Pick<DutyFacts, 'triggeredAt' | 'enhanced' | 'boundaryAt'>,
): Date | null {
  const deadline = duty.deadline;
  switch (deadline.kind) {
    case 'working_days':
      return workingDayDeadline(facts.triggeredAt, facts.enhanced ? deadline.enhanced : deadline.standard);
    case 'hours':
      return new Date(facts.triggeredAt.getTime() + deadline.hours * HOUR_MS);
    case 'before_event':
      return facts.boundaryAt;
  }
}

/**
 * A duty's status at `now`. Events are judged by when they happened, so an update recorded
 * late but dated in time still counts as met in time.
 */
export function evaluateDuty(
  duty: DutyDefinition,
  facts: DutyFacts,
  now: Date,
): { status: DutyStatus; dueAt: Date | null } {
  const due = dueAt(duty, facts);
  if (!facts.applicable) return { status: DutyStatus.NotApplicable, dueAt: due };
  if (facts.waived) return { status: DutyStatus.Waived, dueAt: due };
  if (facts.fulfilledAt) {
    return { status: due === null || facts.fulfilledAt <= due ? DutyStatus.Met : DutyStatus.MetLate, dueAt: due };
  }
  return { status: due !== null && now > due ? DutyStatus.Breached : DutyStatus.Pending, dueAt: due };
}
