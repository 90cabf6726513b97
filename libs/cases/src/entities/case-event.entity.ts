import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { CaseEventType } from '../events/case-event-type';
import { CaseStage } from '../journey/case-stage';
import { Case } from './case.entity';
import { Hearing } from './hearing.entity';
import type { EventDetails } from '../json-value';

/**
 * Something that happened on a case, with both when it happened and when it was recorded (a late
 * record keeps its true time), who recorded it, and what the victim may be told about it.
 */
@Entity({ name: 'case_events' })
@Index('case_events_case_idx', ['caseId', 'occurredAt', 'id'])
@Check('case_events_line_iff_visible', `"visible_to_victim" = ("victim_line" IS NOT NULL)`)
@Check('case_events_stage_change_whole', `("from_stage" IS NULL) = ("to_stage" IS NULL)`)
export class CaseEvent {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<Case>;

  @Column({ type: 'enum', enum: CaseEventType, enumName: 'case_event_type' })
  type!: CaseEventType;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Transaction time of the database, not a client's clock. */
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;

  /** The agency that recorded it. */
  @Column('uuid')
  recordedByOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_organisation_id' })
  recordedByOrganisation?: Relation<Organisation>;

  /** The member of staff, or the partner system's service account. */
  @Column('uuid')
  recordedByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: Relation<StaffUser>;

  /** The partner system that sent it; null when staff recorded it through the API. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  senderSystem!: string | null;

  @Column({ type: 'enum', enum: CaseStage, enumName: 'case_stage', nullable: true })
  fromStage!: CaseStage | null;

  @Column({ type: 'enum', enum: CaseStage, enumName: 'case_stage', nullable: true })
  toStage!: CaseStage | null;

  @Column({ type: 'uuid', nullable: true })
  hearingId!: string | null;

  @ManyToOne(() => Hearing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hearing_id' })
  hearing?: Relation<Hearing>;

  @Column({ type: 'boolean' })
  visibleToVictim!: boolean;

  /** What the victim may read about it, in plain language; null when they may not see it. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  victimLine!: string | null;

  /** The structured facts of the event type (events/event-details.ts). */
  @Column({ type: 'jsonb', default: {} })
  details!: EventDetails;
}
