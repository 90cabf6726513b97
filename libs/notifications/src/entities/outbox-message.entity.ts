import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';
import { NotificationPurpose, OutboxStatus } from '../notification-purpose';

/**
 * A message to a victim, written in the same transaction as the change that causes it (the
 * transactional outbox): if the change commits, the message exists; nothing is lost while Redis or
 * the worker is down. Its id is the Notify `reference`, which makes sending idempotent.
 */
@Entity({ name: 'notification_outbox' })
@Index('notification_outbox_due_idx', ['notBefore'], { where: `status = 'pending'` })
@Index('notification_outbox_victim_idx', ['victimId', 'createdAt'])
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'enum', enum: NotificationPurpose, enumName: 'notification_purpose' })
  purpose!: NotificationPurpose;

  /** Template personalisation as encrypted JSON: it can name people and places. */
  @EncryptedColumn()
  personalisation!: string;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status' })
  status!: OutboxStatus;

  /** Not before this time: set when no safe channel is safe right now. */
  @Column({ type: 'timestamptz' })
  notBefore!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;

  /** The channel it went by (sms or email), or why it was diverted. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  notifyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
