import { victimRights } from '@vs/code-compliance';
import { RightView } from '../dto/portal-case.view';
import { ProgressDutyRow } from './case-progress-query';
import { DUTY_STATUS_IN_PLAIN_WORDS } from './plain-words';

const dateOrNull = (value: string | null): Date | null => (value === null ? null : new Date(value));

/** The Victims' Code rights that apply to the victim on one case, with how each has gone, from their duties on it. */
export function caseRights(duties: readonly ProgressDutyRow[], now: Date): RightView[] {
  const instances = duties.map((duty) => ({
    dutyCode: duty.dutyCode,
    right: duty.right,
    status: duty.status,
    triggeredAt: new Date(duty.triggeredAt),
    dueAt: dateOrNull(duty.dueAt),
    fulfilledAt: dateOrNull(duty.fulfilledAt),
  }));
  return victimRights(instances, now).map((right) => ({
    right: right.right,
    description: right.forVictims,
    occasions: right.occasions.map((occasion) => ({
      status: occasion.status,
      statusInWords: DUTY_STATUS_IN_PLAIN_WORDS[occasion.status],
      dueAt: occasion.dueAt,
    })),
  }));
}
