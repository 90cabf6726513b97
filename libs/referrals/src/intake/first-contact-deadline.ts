import { workingDayDeadline } from '@vs/code-compliance';
import { londonDate } from '@vs/victims';

/**
 * A first-contact deadline depends only on the London day of receipt and the number of working
 * days, yet working it out walks the calendar day by day and cost a referral more CPU than any
 * other step of ours: so the answers for the current London day are kept (a handful: one per
 * target in use) and dropped when the day changes.
 */
let keptDay = '';
const keptDeadlines = new Map<number, number>();

/** workingDayDeadline(receivedAt, workingDays), from the kept answers when it was asked today. */
export function firstContactDeadline(receivedAt: Date, workingDays: number): Date {
  const day = londonDate(receivedAt);
  if (day !== keptDay) {
    keptDay = day;
    keptDeadlines.clear();
  }
  let deadline = keptDeadlines.get(workingDays);
  if (deadline === undefined) {
    deadline = workingDayDeadline(receivedAt, workingDays).getTime();
    keptDeadlines.set(workingDays, deadline);
  }
  return new Date(deadline);
}
