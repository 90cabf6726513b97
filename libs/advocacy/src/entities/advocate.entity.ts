import {
  Check,
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
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { AdvocateType } from '../model/advocate-type';

const fraction = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * The advocate profile of a staff user: specialism, where and in which languages they work, their
 * hours, and the caseload their service manager sets for them. Their team is the staff user's.
 */
@Entity({ name: 'advocates' })
@Index('advocates_organisation_idx', ['organisationId', 'active'])
@Check('advocates_working_hours_fraction_range', `"working_hours_fraction" > 0 AND "working_hours_fraction" <= 1`)
@Check('advocates_capacity_positive', `"caseload_capacity" > 0`)
export class Advocate {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column({ type: 'uuid', unique: true })
  userId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<StaffUser>;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: AdvocateType, enumName: 'advocate_type' })
  type!: AdvocateType;

  /** ONS codes of the boroughs they cover; empty means the whole of London. */
  @Column({ type: 'text', array: true, default: '{}' })
  boroughCodes!: string[];

  /** ISO 639-1 codes of the languages they work in (English is assumed). */
  @Column({ type: 'text', array: true, default: '{}' })
  languages!: string[];

  /** 1 for full time, 0.5 for half time. */
  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: fraction })
  workingHoursFraction!: number;

  /** The active caseload their manager expects them to carry (a full-time IDVA: about 60-80). */
  @Column({ type: 'smallint' })
  caseloadCapacity!: number;

  /** Inactive advocates (left, on leave) are not proposed for allocation. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
