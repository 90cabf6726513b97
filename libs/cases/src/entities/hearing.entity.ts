import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { HearingStatus, HearingType } from '../hearings/hearing-kinds';
import { Case } from './case.entity';

/** A court hearing of a case. Listing, moving, cancelling and its outcome are also events on the case. */
@Entity({ name: 'hearings' })
@Index('hearings_case_idx', ['caseId', 'startsAt'])
export class Hearing {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<Case>;

  /** e.g. "Snaresbrook Crown Court". */
  @Column({ type: 'varchar', length: 200 })
  court!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'enum', enum: HearingType, enumName: 'hearing_type' })
  type!: HearingType;

  @Column({ type: 'enum', enum: HearingStatus, enumName: 'hearing_status' })
  status!: HearingStatus;

  /** What the hearing decided, in plain words; set once it is held. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  outcome!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
