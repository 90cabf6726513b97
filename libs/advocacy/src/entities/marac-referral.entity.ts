import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { Victim } from '@vs/victims';
import { MaracCriterion } from '../risk/marac-rules';

/** A referral of the victim to the local MARAC; the last one decides whether a new incident is a repeat. */
@Entity({ name: 'marac_referrals' })
@Index('marac_referrals_victim_idx', ['victimId', 'referredOn'])
export class MaracReferral {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column({ type: 'date' })
  referredOn!: string;

  @Column({ type: 'enum', enum: MaracCriterion, enumName: 'marac_criterion', array: true })
  criteria!: MaracCriterion[];

  @Column('uuid')
  recordedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
