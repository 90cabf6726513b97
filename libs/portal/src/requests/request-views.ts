import { DUTY_STATUS_IN_PLAIN_WORDS } from '../cases/plain-words';
import { PortalRequestStatus, PortalRequestView, RequestStepView } from '../dto/portal-request.dto';
import { TimelineEntryView } from '../dto/portal-case.view';
import { PortalRequest, PortalRequestKind } from '../entities/portal-request.entity';
import { timeliness } from './request-targets';

const WHAT_IT_IS: Readonly<Record<PortalRequestKind, string>> = {
  [PortalRequestKind.Complaint]: 'complaint',
  [PortalRequestKind.RightToReview]: 'request for a review of the decision',
};

const step = (doneAt: Date | null, dueBy: Date, now: Date): RequestStepView => {
  const status = timeliness(doneAt, dueBy, now);
  return { dueBy, doneAt, timeliness: status, timelinessInWords: DUTY_STATUS_IN_PLAIN_WORDS[status] };
};

const statusOf = (request: PortalRequest): PortalRequestStatus =>
  request.answeredAt
    ? PortalRequestStatus.Answered
    : request.acknowledgedAt
      ? PortalRequestStatus.Acknowledged
      : PortalRequestStatus.Received;

function timelineOf(request: PortalRequest): TimelineEntryView[] {
  const what = WHAT_IT_IS[request.kind];
  const entries: TimelineEntryView[] = [{ occurredAt: request.receivedAt, line: `We received your ${what}` }];
  if (request.acknowledgedAt) entries.push({ occurredAt: request.acknowledgedAt, line: `Your ${what} was acknowledged` });
  if (request.answeredAt) entries.push({ occurredAt: request.answeredAt, line: `Your ${what} was answered` });
  return entries;
}

/** A request as both the victim and staff see it (decrypted texts passed in); no staff names. */
export const toRequestView = (
  request: PortalRequest,
  texts: { details: string; answer: string | null },
  now: Date,
): PortalRequestView => ({
  id: request.id,
  caseId: request.caseId,
  kind: request.kind,
  agency: request.agency,
  decision: request.decision,
  details: texts.details,
  status: statusOf(request),
  receivedAt: request.receivedAt,
  acknowledgement: step(request.acknowledgedAt, request.acknowledgeBy, now),
  answering: step(request.answeredAt, request.answerBy, now),
  answer: texts.answer,
  outcome: request.outcome,
  timeline: timelineOf(request),
});
