import { PartnerEventBatchView, PartnerEventResultOutcome, PartnerEventResultView } from '../dto/partner-event.dto';
import { CaseEvent } from '../entities/case-event.entity';
import { PartnerEventReceipt } from '../entities/partner-event-receipt.entity';
import { PartnerEventRejection } from '../entities/partner-event-rejection.entity';

const NOTHING = {
  originalOutcome: null,
  caseId: null,
  eventId: null,
  rejectionId: null,
  reasonCode: null,
  reason: null,
} as const;

type Position = Pick<PartnerEventResultView, 'index' | 'senderSystem' | 'senderEventId'>;

export const acceptedResult = (position: Position, event: CaseEvent): PartnerEventResultView => ({
  ...position,
  ...NOTHING,
  outcome: PartnerEventResultOutcome.Accepted,
  caseId: event.caseId,
  eventId: event.id,
});

export const rejectedResult = (position: Position, rejection: PartnerEventRejection): PartnerEventResultView => ({
  ...position,
  ...NOTHING,
  outcome: PartnerEventResultOutcome.Rejected,
  rejectionId: rejection.id,
  reasonCode: rejection.reasonCode,
  reason: rejection.reason,
});

/** A resend: the first arrival's result, marked as a duplicate. Needs the receipt's event and rejection loaded. */
export const duplicateResult = (position: Position, receipt: PartnerEventReceipt): PartnerEventResultView => ({
  ...position,
  outcome: PartnerEventResultOutcome.Duplicate,
  originalOutcome: receipt.outcome,
  caseId: receipt.caseEvent?.caseId ?? null,
  eventId: receipt.caseEventId,
  rejectionId: receipt.rejectionId,
  reasonCode: receipt.rejection?.reasonCode ?? null,
  reason: receipt.rejection?.reason ?? null,
});

export function batchResult(results: PartnerEventResultView[]): PartnerEventBatchView {
  const count = (outcome: PartnerEventResultOutcome): number =>
    results.filter((result) => result.outcome === outcome).length;
  return {
    accepted: count(PartnerEventResultOutcome.Accepted),
    duplicate: count(PartnerEventResultOutcome.Duplicate),
    rejected: count(PartnerEventResultOutcome.Rejected),
    results,
  };
}
