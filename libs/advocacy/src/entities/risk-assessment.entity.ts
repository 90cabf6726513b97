import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral, RiskLevel } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';
import { MaracCriterion } from '../risk/marac-rules';

/**
 * A DASH risk assessment: the 24 answers (encrypted), the count, the level it gives and the level
 * recorded (never lower: the database refuses it too), and the MARAC criteria it met.
 */
@Entity({ name: 'risk_assessments' })
@Index('risk_assessments_referral_idx', ['referralId', 'assessedAt'])
@Check('risk_assessments_never_below_count', `"level" >= "count_level"`)
@Check('risk_assessments_uplift_has_reason', `"professional_judgement" = ("uplift_reason" IS NOT NULL)`)
export class RiskAssessment {
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
  assessedAt!: Date;

  /** The 24 answers as encrypted JSON: they describe the abuse in detail. */
  @EncryptedColumn()
  answers!: string;

  @Column({ type: 'smallint' })
  yesCount!: number;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  countLevel!: RiskLevel;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  level!: RiskLevel;

  @Column({ type: 'boolean' })
  professionalJudgement!: boolean;

  @EncryptedColumn({ nullable: true })
  upliftReason!: string | null;

  @Column({ type: 'smallint' })
  incidentsInLast12Months!: number;

  @Column({ type: 'date', nullable: true })
  latestIncidentOn!: string | null;

  /** No column default, like every enum array here: a default would come back from insert as raw text. */
  @Column({ type: 'enum', enum: MaracCriterion, enumName: 'marac_criterion', array: true })
  maracCriteria!: MaracCriterion[];

  @Column('uuid')
  recordedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
