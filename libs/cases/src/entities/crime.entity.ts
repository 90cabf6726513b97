import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { OffenceGroup } from '@vs/victims';
import type { BoroughCode } from '../boroughs/london-boroughs';
import { HateCrimeStrand } from '../crimes/hate-crime-strand';

/** A crime as the police recorded it. Its journey through justice is its `Case` (same id). */
@Entity({ name: 'crimes' })
@Check('crimes_strand_iff_hate_crime', `("hate_crime_strand" IS NOT NULL) = ("offence_group" = 'hate_crime')`)
@Check('crimes_reported_before_recorded', `"reported_at" <= "recorded_at"`)
// The case list filters on these and pages newest first by id, so each index ends with id.
@Index('crimes_borough_idx', ['boroughCode', 'id'])
@Index('crimes_offence_group_idx', ['offenceGroup', 'id'])
@Index('crimes_officer_idx', ['officerInCaseId', 'id'])
@Index('crimes_recording_organisation_idx', ['recordingOrganisationId', 'id'])
export class Crime {
  @PrimaryColumn('uuid')
  id: string = newId();

  /** The police's own reference: the business key partners quote. Stored upper-case. */
  @Column({ type: 'varchar', length: 40, unique: true })
  crimeReference!: string;

  /** The offence in words, e.g. "Assault occasioning actual bodily harm". */
  @Column({ type: 'varchar', length: 200 })
  offence!: string;

  @Column({ type: 'enum', enum: OffenceGroup, enumName: 'offence_group' })
  offenceGroup!: OffenceGroup;

  @Column({ type: 'enum', enum: HateCrimeStrand, enumName: 'hate_crime_strand', nullable: true })
  hateCrimeStrand!: HateCrimeStrand | null;

  /** ONS code of the London borough (or the City) where the crime happened. */
  @Column({ type: 'char', length: 9 })
  boroughCode!: BoroughCode;

  /** When the victim reported it. */
  @Column({ type: 'timestamptz' })
  reportedAt!: Date;

  /** When the police recorded it (Victims' Code right 2 measures the gap). */
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column('uuid')
  officerInCaseId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_in_case_id' })
  officerInCase?: Relation<StaffUser>;

  /** The police unit that recorded it; its officers record the case's milestones. */
  @Column('uuid')
  recordingOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recording_organisation_id' })
  recordingOrganisation?: Relation<Organisation>;

  @Column('uuid')
  recordedByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: Relation<StaffUser>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
