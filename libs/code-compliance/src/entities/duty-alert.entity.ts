import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { DutyInstance } from './duty-instance.entity';

export const DUTY_ALERT_INSTANCE_KEY = 'duty_alerts_instance_key';

/**
 * Tells the organisation answerable for a duty that it was breached. One per duty instance (the
 * unique key), however many times and by whichever path the breach is noticed, so raising it again
 * changes nothing. Its staff mark it read, then acknowledged.
 */
@Entity({ name: 'duty_alerts' })
@Unique(DUTY_ALERT_INSTANCE_KEY, ['dutyInstanceId'])
// An organisation's alerts, newest first, and its open ones alone.
@Index('duty_alerts_organisation_idx', ['organisationId', 'id'])
@Index('duty_alerts_open_idx', ['organisationId', 'id'], { where: 'acknowledged_at IS NULL' })
export class DutyAlert {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  dutyInstanceId!: string;

  @ManyToOne(() => DutyInstance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duty_instance_id' })
  dutyInstance?: Relation<DutyInstance>;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  /** Copied from the duty so the list needs no join: ids and codes only, no personal data. */
  @Column('uuid')
  caseId!: string;

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'varchar', length: 64 })
  dutyCode!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** When the breach was noticed (by the sweep, or by an event that arrived after the deadline). */
  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column('uuid', { nullable: true })
  readByUserId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'read_by_user_id' })
  readBy?: Relation<StaffUser>;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('uuid', { nullable: true })
  acknowledgedByUserId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledged_by_user_id' })
  acknowledgedBy?: Relation<StaffUser>;
}
