import { DutyStatus, workingDayDeadline } from '@vs/code-compliance';
import { PortalRequestKind, RequestOutcome } from '../entities/portal-request.entity';

/**
 * Local targets in working days (DOMAIN.md right 12: "the agency's published timescale: local
 * target, 10 working days is common"). The Code fixes no number, so reports must show these as
 * local targets, not Code deadlines. Reviews take longer: the decision is looked at afresh.
 */
export const REQUEST_TARGETS: Readonly<Record<PortalRequestKind, { acknowledge: number; answer: number }>> = {
  [PortalRequestKind.Complaint]: { acknowledge: 2, answer: 10 },
  [PortalRequestKind.RightToReview]: { acknowledge: 2, answer: 30 },
};

export const OUTCOMES_OF: Readonly<Record<PortalRequestKind, readonly RequestOutcome[]>> = {
  [PortalRequestKind.Complaint]: [RequestOutcome.Upheld, RequestOutcome.PartlyUpheld, RequestOutcome.NotUpheld],
  [PortalRequestKind.RightToReview]: [RequestOutcome.DecisionUpheld, RequestOutcome.DecisionOverturned],
};

export const dueDates = (kind: PortalRequestKind, receivedAt: Date): { acknowledgeBy: Date; answerBy: Date } => ({
  acknowledgeBy: workingDayDeadline(receivedAt, REQUEST_TARGETS[kind].acknowledge),
  answerBy: workingDayDeadline(receivedAt, REQUEST_TARGETS[kind].answer),
});

/** How a step went against its due date, in the vocabulary of the Victims' Code duties. */
export function timeliness(doneAt: Date | null, dueAt: Date, now: Date): DutyStatus {
  if (doneAt) return doneAt <= dueAt ? DutyStatus.Met : DutyStatus.MetLate;
  return now > dueAt ? DutyStatus.Breached : DutyStatus.Pending;
}
