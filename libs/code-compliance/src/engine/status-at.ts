import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';

/**
 * The status of a recorded instance at `now`. A pending duty whose due time has passed is breached,
 * even in the minute before the sweep records it so: readers never see an overdue duty as pending.
 */
export function statusAt(instance: Pick<DutyInstance, 'status' | 'dueAt'>, now: Date): DutyStatus {
  const overdue = instance.status === DutyStatus.Pending && instance.dueAt !== null && now > instance.dueAt;
  return overdue ? DutyStatus.Breached : instance.status;
}
