import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import type { StoredJson } from '../json-value';
import { PartnerEventRejectionCode } from '../partner-events/partner-event-outcome';

/**
 * A partner event that was refused, kept exactly as it arrived so that someone can review it and
 * have it sent again: a refused event is never silently dropped.
 */
@Entity({ name: 'partner_event_rejections' })
@Index('partner_event_rejections_organisation_idx', ['organisationId', 'id'])
export class PartnerEventRejection {
  @PrimaryColumn('uuid')
  id: string = newId();

  /** The organisation of the partner system that sent it; only it reviews the rejection. */
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column('uuid')
  receivedByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'received_by_user_id' })
  receivedBy?: Relation<StaffUser>;

  /** As sent, when it was usable text; the payload holds whatever arrived. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  senderSystem!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  senderEventId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  crimeReference!: string | null;

  @Column({ type: 'enum', enum: PartnerEventRejectionCode, enumName: 'partner_event_rejection_code' })
  reasonCode!: PartnerEventRejectionCode;

  /** Why, in words a reviewer can act on. */
  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  /** The event exactly as it arrived. */
  @Column({ type: 'jsonb' })
  payload!: StoredJson;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
