import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';

/** The victim's current safety plan for a referral (encrypted); edits carry the version read. */
@Entity({ name: 'safety_plans' })
export class SafetyPlan {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column({ type: 'uuid', unique: true })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @EncryptedColumn()
  plan!: string;

  /** When the plan is next to be reviewed with the victim. */
  @Column({ type: 'date', nullable: true })
  reviewOn!: string | null;

  @Column('uuid')
  updatedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
