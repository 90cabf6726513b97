import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';

/** A case note, encrypted; notes are added, never edited, so the record of the work stays whole. */
@Entity({ name: 'casework_notes' })
@Index('casework_notes_referral_idx', ['referralId', 'id'])
export class CaseworkNote {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @EncryptedColumn()
  text!: string;

  @Column('uuid')
  authorUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
