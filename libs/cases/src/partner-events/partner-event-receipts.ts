import { EntityManager, QueryFailedError } from 'typeorm';
import { PARTNER_EVENT_RECEIPT_KEY, PartnerEventReceipt } from '../entities/partner-event-receipt.entity';
import type { SenderIdentity } from './partner-event-parsing';

type ReceiptResult = Pick<PartnerEventReceipt, 'outcome'> &
  Partial<Pick<PartnerEventReceipt, 'caseEventId' | 'rejectionId'>>;

/** The first arrival of an event, with its case event or rejection loaded; null if it never came. */
export function findReceipt(
  manager: EntityManager,
  organisationId: string,
  identity: SenderIdentity,
): Promise<PartnerEventReceipt | null> {
  return manager.findOne(PartnerEventReceipt, {
    where: { organisationId, ...identity },
    relations: { caseEvent: true, rejection: true },
  });
}

/** Records what became of an event's first arrival; a concurrent copy fails on the key (see below). */
export async function insertReceipt(
  manager: EntityManager,
  organisationId: string,
  identity: SenderIdentity,
  result: ReceiptResult,
): Promise<void> {
  await manager.insert(
    PartnerEventReceipt,
    manager.create(PartnerEventReceipt, { organisationId, ...identity, ...result }),
  );
}

/** Another copy of the same event was receipted first, while this one was being handled. */
export const isReceiptKeyViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { constraint?: string }).constraint === PARTNER_EVENT_RECEIPT_KEY;
