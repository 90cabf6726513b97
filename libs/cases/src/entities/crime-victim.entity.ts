import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { Victim } from '@vs/victims';
import { Crime } from './crime.entity';

/**
 * A victim of a crime. A crime may have several victims and a victim several crimes; each link
 * carries what follows from the pair: enhanced-rights status and whether the victim is a repeat victim.
 */
@Entity({ name: 'crime_victims' })
@Unique('crime_victims_pair_key', ['crimeId', 'victimId'])
// Scope checks and the repeat-victim rule look links up by victim.
@Index('crime_victims_victim_idx', ['victimId'])
export class CrimeVictim {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  crimeId!: string;

  @ManyToOne(() => Crime, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'crime_id' })
  crime?: Relation<Crime>;

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column({ type: 'boolean' })
  enhancedRightsEligible!: boolean;

  /** Reason codes from enhancedRightsEligibility, e.g. `under_18`, `offence_group:domestic_abuse`. */
  @Column({ type: 'text', array: true })
  enhancedRightsReasons!: string[];

  @Column({ type: 'timestamptz' })
  enhancedRightsAssessedAt!: Date;

  /** Another crime against the same victim was reported within 12 months of this one. */
  @Column({ type: 'boolean' })
  repeatVictim!: boolean;

  @Column('uuid')
  linkedByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'linked_by_user_id' })
  linkedBy?: Relation<StaffUser>;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt!: Date;
}
