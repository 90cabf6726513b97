import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation } from '@vs/auth';
import { newId } from '@vs/platform';
import { EncryptedColumn, Victim, VictimAccessGrant } from '@vs/victims';
import { Advocate } from './advocate.entity';

/**
 * A victim's single point of contact in one service: the advocate who supports them across all
 * their cases until the lead is transferred. Ended leads are kept, so who supported whom, when, is
 * always known; the access grant the lead held is revoked when it ends.
 */
@Entity({ name: 'lead_advocates' })
@Index('lead_advocates_current_key', ['victimId', 'organisationId'], { unique: true, where: '"ended_at" IS NULL' })
@Index('lead_advocates_advocate_idx', ['advocateId'])
export class LeadAdvocate {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column('uuid')
  advocateId!: string;

  @ManyToOne(() => Advocate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_id' })
  advocate?: Relation<Advocate>;

  /** The grant that lets the advocate (and their team) see the victim while they lead. */
  @Column('uuid')
  grantId!: string;

  @ManyToOne(() => VictimAccessGrant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant?: Relation<VictimAccessGrant>;

  @Column('uuid')
  startedByUserId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedByUserId!: string | null;

  @EncryptedColumn({ nullable: true })
  endReason!: string | null;

  /** The lead that took over. */
  @Column({ type: 'uuid', nullable: true })
  succeededById!: string | null;
}
