import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { Case } from '@vs/cases';
import { EncryptedColumn, OffenceGroup, Victim } from '@vs/victims';
import { newId } from '@vs/platform';
import { Agency, DeadlineSource } from '../catalogue/duty-definition';
import { DutyStatus } from '../catalogue/duty-evaluation';

/**
 * One duty owed to one victim on one case, from one trigger (an arrest, a hearing listed...). The
 * case's reporting facts are copied in (borough, offence group, enhanced) so the Commissioner's
 * reports read this table alone, and a due-time index lets the sweep touch only what fell due.
 */
@Entity({ name: 'duty_instances' })
@Index('duty_instances_trigger_uniq', ['caseId', 'victimId', 'dutyCode', 'triggerKey'], { unique: true })
@Index('duty_instances_case_idx', ['caseId', 'victimId'])
// A victim's own rights across their cases (the portal).
@Index('duty_instances_victim_idx', ['victimId'])
@Index('duty_instances_pending_due_idx', ['dueAt'], { where: `status = 'pending'` })
@Index('duty_instances_report_idx', ['triggeredAt', 'right', 'status'])
export class DutyInstance {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<Case>;

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column({ type: 'varchar', length: 64 })
  dutyCode!: string;

  /** The catalogue version the duty was created under. */
  @Column({ type: 'varchar', length: 16 })
  catalogueVersion!: string;

  @Column({ type: 'smallint' })
  right!: number;

  @Column({ type: 'enum', enum: Agency, enumName: 'code_agency' })
  agency!: Agency;

  @Column({ type: 'enum', enum: DeadlineSource, enumName: 'code_deadline_source' })
  deadlineSource!: DeadlineSource;

  /** The triggering event's id, or `reported` for duties owed from the report itself. */
  @Column({ type: 'varchar', length: 64 })
  triggerKey!: string;

  /** When the trigger happened (judging is by this, not by when it was recorded). */
  @Column({ type: 'timestamptz' })
  triggeredAt!: Date;

  /** Null while a duty due "before an event" has no such event yet. */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'enum', enum: DutyStatus, enumName: 'duty_status' })
  status!: DutyStatus;

  /** When the fulfilling event happened, and when it was recorded: the record says both. */
  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  fulfilmentRecordedAt!: Date | null;

  @Column('uuid', { nullable: true })
  fulfilledByEventId!: string | null;

  /** The victim's decision to decline, in their words (encrypted: free text), and who recorded it. */
  @EncryptedColumn({ nullable: true })
  waiverReason!: string | null;

  @Column('uuid', { nullable: true })
  waivedByUserId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'waived_by_user_id' })
  waivedBy?: Relation<StaffUser>;

  @Column({ type: 'timestamptz', nullable: true })
  waivedAt!: Date | null;

  @Column({ type: 'boolean' })
  enhanced!: boolean;

  @Column({ type: 'char', length: 9 })
  boroughCode!: string;

  @Column({ type: 'enum', enum: OffenceGroup, enumName: 'duty_offence_group' })
  offenceGroup!: OffenceGroup;

  /** The organisation answerable for the duty where the record knows it (the recording police unit). */
  @Column('uuid', { nullable: true })
  responsibleOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organisation_id' })
  responsibleOrganisation?: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
