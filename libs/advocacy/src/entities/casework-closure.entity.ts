import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';
import { ClosureOutcome } from '../model/casework';

/**
 * How support on a referral ended; one per closed referral. It has an id of its own like every table
 * with encrypted columns: key rotation (victims reencrypt) walks them by id.
 */
@Entity({ name: 'casework_closures' })
export class CaseworkClosure {
  @PrimaryColumn('uuid')
  id: string = newId();

  /** Unique through the one-to-one relation below. */
  @Column('uuid')
  referralId!: string;

  @OneToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'enum', enum: ClosureOutcome, enumName: 'closure_outcome' })
  outcome!: ClosureOutcome;

  @EncryptedColumn({ nullable: true })
  summary!: string | null;

  @Column('uuid')
  closedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  closedAt!: Date;
}
