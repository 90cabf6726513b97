import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';
import { ReferralState } from '../model/referral-state';
import { Referral } from './referral.entity';

/** Facts of a transition a reader needs, e.g. the advocate allocated or the referral redirected to. */
export type TransitionDetails = Record<string, string | number | boolean | null>;

/** One step in a referral's life: from which state to which, who moved it, when and why. Never changed. */
@Entity({ name: 'referral_transitions' })
@Index('referral_transitions_referral_idx', ['referralId', 'id'])
export class ReferralTransition {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  /** Null for the referral's arrival. */
  @Column({ type: 'enum', enum: ReferralState, enumName: 'referral_state', nullable: true })
  fromState!: ReferralState | null;

  @Column({ type: 'enum', enum: ReferralState, enumName: 'referral_state' })
  toState!: ReferralState;

  @Column('uuid')
  actorUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id' })
  actorUser?: Relation<StaffUser>;

  @Column('uuid')
  actorOrganisationId!: string;

  /** The database's transaction time. */
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @EncryptedColumn({ nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: TransitionDetails;
}
