import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { Case } from '@vs/cases';
import { newId } from '@vs/platform';
import { EncryptedColumn, Victim } from '@vs/victims';
import { ReferralLawfulBasis } from '../model/lawful-basis';
import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralSource } from '../model/referral-source';
import { ReferralState } from '../model/referral-state';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';

export const REFERRAL_IDEMPOTENCY_KEY = 'referrals_idempotency_key';

/**
 * A victim referred to one support service: who referred them and why, the risk, consent (or the
 * lawful basis for going ahead without it), what triage proposed, and where the referral is now.
 * Free text is encrypted. The referrer's idempotency key is unique per referring organisation, so a
 * partner system that sends the same referral twice makes one referral.
 */
@Entity({ name: 'referrals' })
@Unique(REFERRAL_IDEMPOTENCY_KEY, ['referredByOrganisationId', 'idempotencyKey'])
@Check(
  'referrals_consent_or_lawful_basis',
  `"consent_given" OR ("lawful_basis" IS NOT NULL AND "lawful_basis_reason" IS NOT NULL)`,
)
@Check('referrals_allocation_whole', `("allocated_user_id" IS NULL) = ("allocated_at" IS NULL)`)
@Check('referrals_dash_score_range', `"dash_score" BETWEEN 0 AND 24`)
// A service's queue and dashboard, an advocate's caseload, a referrer's and a unit's own referrals.
@Index('referrals_service_queue_idx', ['organisationId', 'state', 'id'])
@Index('referrals_allocated_idx', ['allocatedUserId', 'state'], { where: '"allocated_user_id" IS NOT NULL' })
@Index('referrals_referrer_idx', ['referredByUserId', 'id'])
@Index('referrals_referring_organisation_idx', ['referredByOrganisationId', 'id'])
@Index('referrals_victim_idx', ['victimId'])
@Index('referrals_redirected_from_idx', ['redirectedFromReferralId'], {
  where: '"redirected_from_referral_id" IS NOT NULL',
})
export class Referral {
  @PrimaryColumn('uuid')
  id: string = newId();

  /** The referrer's key; null for a referral a service manager redirected here. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the request, so a key reused for a different referral is refused rather than replayed. */
  @Column({ type: 'char', length: 64, nullable: true })
  requestFingerprint!: string | null;

  @Column({ type: 'enum', enum: ReferralSource, enumName: 'referral_source' })
  source!: ReferralSource;

  @Column('uuid')
  referredByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referred_by_user_id' })
  referredBy?: Relation<StaffUser>;

  @Column('uuid')
  referredByOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referred_by_organisation_id' })
  referredByOrganisation?: Relation<Organisation>;

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  /** As the referrer gave it, upper-case; the crime may not be recorded (yet). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  crimeReference!: string | null;

  /** The case the referral was noted on: a police referral for a recorded crime. */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<Case>;

  /** Where the victim lives or the crime happened: ONS code of the London borough. */
  @Column({ type: 'char', length: 9, nullable: true })
  boroughCode!: string | null;

  @EncryptedColumn()
  reason!: string;

  // Enum arrays have no column default: intake always sets them, and a default would come back from
  // the insert as raw text ("{}"), since pg parses arrays of custom types only where TypeORM maps them.
  @Column({ type: 'enum', enum: ReferralConcern, enumName: 'referral_concern', array: true })
  concerns!: ReferralConcern[];

  /** The referrer's own view of the risk. */
  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  reportedRiskLevel!: RiskLevel;

  /** A DASH count of "yes" answers, when the referrer completed one. */
  @Column({ type: 'smallint', nullable: true })
  dashScore!: number | null;

  /** The higher of the reported level and the DASH band: what triage routed on. */
  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level' })
  riskLevel!: RiskLevel;

  @EncryptedColumn({ nullable: true })
  riskSummary!: string | null;

  /** Under 18 when referred (from the date of birth, or the referrer's word when it is unknown). */
  @Column({ type: 'boolean' })
  under18!: boolean;

  @Column({ type: 'enum', enum: ReferralCircumstance, enumName: 'referral_circumstance', array: true })
  circumstances!: ReferralCircumstance[];

  @Column({ type: 'boolean' })
  consentGiven!: boolean;

  @Column({ type: 'enum', enum: ReferralLawfulBasis, enumName: 'referral_lawful_basis', nullable: true })
  lawfulBasis!: ReferralLawfulBasis | null;

  @EncryptedColumn({ nullable: true })
  lawfulBasisReason!: string | null;

  /** How and when it is safe to reach the victim about this referral, beyond their contact channels. */
  @EncryptedColumn({ nullable: true })
  safeContactNotes!: string | null;

  /** What triage proposed: kept as proposed, whatever the service manager decides. */
  @Column({ type: 'enum', enum: SupportService, enumName: 'support_service' })
  proposedService!: SupportService;

  @Column({ type: 'enum', enum: SupportService, enumName: 'support_service', array: true })
  alsoRefer!: SupportService[];

  @Column({ type: 'boolean' })
  maracRecommended!: boolean;

  @Column({ type: 'varchar', length: 60 })
  triageRuleId!: string;

  @Column({ type: 'varchar', length: 20 })
  triageRulesVersion!: string;

  @Column({ type: 'text', array: true })
  triageReasons!: string[];

  /** The service the referral is with. */
  @Column({ type: 'enum', enum: SupportService, enumName: 'support_service' })
  service!: SupportService;

  /** The organisation providing that service, whose manager triages and allocates. */
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: ReferralState, enumName: 'referral_state' })
  state!: ReferralState;

  @Column({ type: 'timestamptz' })
  stateChangedAt!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'smallint' })
  firstContactTargetWorkingDays!: number;

  /** The end of the last working day of the service's first-contact target, counted from receipt. */
  @Column({ type: 'timestamptz' })
  firstContactDueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firstContactAt!: Date | null;

  /** The advocate working the referral: the victim's lead in this service. */
  @Column({ type: 'uuid', nullable: true })
  allocatedUserId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocated_user_id' })
  allocatedUser?: Relation<StaffUser>;

  /** The advocate's team when allocated: their team shares the casework. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  allocatedTeam!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  allocatedAt!: Date | null;

  /** The referral another service declined and redirected here. */
  @Column({ type: 'uuid', nullable: true })
  redirectedFromReferralId!: string | null;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'redirected_from_referral_id' })
  redirectedFrom?: Relation<Referral>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
