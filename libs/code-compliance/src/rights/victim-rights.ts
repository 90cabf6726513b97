import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';
import { knownDuty } from '../engine/known-duty';
import { statusAt } from '../engine/status-at';

/** One occasion the victim was owed it (each arrest, each hearing...). */
export interface RightOccasion {
  readonly triggeredAt: Date;
  readonly status: DutyStatus;
  readonly dueAt: Date | null;
  readonly fulfilledAt: Date | null;
}

/** A right the victim has on a case, in plain words, with how each occasion of it went. */
export interface VictimRight {
  /** The Victims' Code right (1-12). */
  readonly right: number;
  readonly dutyCode: string;
  readonly forVictims: string;
  readonly occasions: RightOccasion[];
}

/**
 * The rights that apply to a victim, from their duty instances on one case: each duty once, in
 * the order of the Code's rights, in the words written for victims. Duties that do not apply to
 * them (no qualifying sentence, say) are left out.
 */
export function victimRights(
  instances: readonly Pick<DutyInstance, 'dutyCode' | 'right' | 'status' | 'triggeredAt' | 'dueAt' | 'fulfilledAt'>[],
  now: Date,
): VictimRight[] {
  const byDuty = new Map<string, RightOccasion[]>();
  const ordered = [...instances].sort((a, b) => a.right - b.right || a.triggeredAt.getTime() - b.triggeredAt.getTime());
  for (const instance of ordered) {
    if (instance.status === DutyStatus.NotApplicable) continue;
    const occasions = byDuty.get(instance.dutyCode) ?? [];
    occasions.push({
      triggeredAt: instance.triggeredAt,
      status: statusAt(instance, now),
      dueAt: instance.dueAt,
      fulfilledAt: instance.fulfilledAt,
    });
    byDuty.set(instance.dutyCode, occasions);
  }
  return [...byDuty].map(([dutyCode, occasions]) => {
    const duty = knownDuty(dutyCode);
    return { right: duty.right, dutyCode, forVictims: duty.forVictims, occasions };
  });
}
