import { ConflictError } from '@vs/platform';
import { DutyStatus } from './catalogue/duty-evaluation';

export class DutyNotWaivableError extends ConflictError {
  constructor(dutyCode: string) {
    super('duty_not_waivable', `Duty ${dutyCode} cannot be declined: the Code owes it whatever the victim says`);
  }
}

/**
 * Only an open duty can be waived: a waiver recorded after the deadline would erase a breach, and
 * one on a duty already met or not owed would say nothing.
 */
export class DutyNotOpenError extends ConflictError {
  constructor(status: DutyStatus) {
    // Not `status`: that member of a problem document is its HTTP status.
    super('duty_not_open', `The duty is ${status}; only a pending duty can be waived`, { dutyStatus: status });
  }
}
