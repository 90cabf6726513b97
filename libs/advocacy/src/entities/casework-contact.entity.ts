import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';
import { ContactMethod, ContactOutcome } from '../model/contact';

/** One contact with the victim, or one attempt at it: when, how, and what came of it. */
@Entity({ name: 'casework_contacts' })
@Index('casework_contacts_referral_idx', ['referralId', 'occurredAt'])
export class CaseworkContact {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'enum', enum: ContactMethod, enumName: 'contact_method' })
  method!: ContactMethod;

  @Column({ type: 'enum', enum: ContactOutcome, enumName: 'contact_outcome' })
  outcome!: ContactOutcome;

  @EncryptedColumn({ nullable: true })
  notes!: string | null;

  @Column('uuid')
  recordedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
