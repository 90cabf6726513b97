import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation } from '@vs/auth';
import { newId } from '@vs/platform';
import { PartnerEventOutcome } from '../partner-events/partner-event-outcome';
import { CaseEvent } from './case-event.entity';
import { PartnerEventRejection } from './partner-event-rejection.entity';

export const PARTNER_EVENT_RECEIPT_KEY = 'partner_event_receipts_sender_key';

/**
 * The first arrival of each partner event and what became of it: a resend finds this and gets the
 * same answer without creating anything. The key includes the sender's organisation, so two
 * organisations' systems that pick the same names never see each other's results.
 */
@Entity({ name: 'partner_event_receipts' })
@Unique(PARTNER_EVENT_RECEIPT_KEY, ['organisationId', 'senderSystem', 'senderEventId'])
@Check(
  'partner_event_receipts_outcome_has_target',
  `("case_event_id" IS NOT NULL) = ("outcome" = 'accepted') AND ("rejection_id" IS NOT NULL) = ("outcome" = 'rejected')`,
)
export class PartnerEventReceipt {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 100 })
  senderSystem!: string;

  @Column({ type: 'varchar', length: 200 })
  senderEventId!: string;

  @Column({ type: 'enum', enum: PartnerEventOutcome, enumName: 'partner_event_outcome' })
  outcome!: PartnerEventOutcome;

  @Column({ type: 'uuid', nullable: true })
  caseEventId!: string | null;

  @ManyToOne(() => CaseEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_event_id' })
  caseEvent?: Relation<CaseEvent>;

  @Column({ type: 'uuid', nullable: true })
  rejectionId!: string | null;

  @ManyToOne(() => PartnerEventRejection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rejection_id' })
  rejection?: Relation<PartnerEventRejection>;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
