import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { ConsentSubject } from '../model/consent-subject';
import { EncryptedColumn } from '../protection/encrypted-column';
import { Victim } from './victim.entity';

/** One consent a victim gave. Never deleted: withdrawal is recorded on the row, so the history stays whole. */
@Entity({ name: 'victim_consents' })
@Index('victim_consents_victim_idx', ['victimId', 'id'])
@Check('victim_consents_withdrawal_complete', `("withdrawn_at" IS NULL) = ("withdrawn_by_user_id" IS NULL)`)
export class VictimConsent {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column({ type: 'enum', enum: ConsentSubject, enumName: 'victim_consent_subject' })
  subject!: ConsentSubject;

  /** When the victim consented (may be before it was recorded). */
  @Column({ type: 'timestamptz' })
  givenAt!: Date;

  @EncryptedColumn({ nullable: true })
  notes!: string | null;

  @Column('uuid')
  recordedByUserId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  /** When the victim withdrew it. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** Who recorded the withdrawal. */
  @Column({ type: 'uuid', nullable: true })
  withdrawnByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawalRecordedAt!: Date | null;
}
