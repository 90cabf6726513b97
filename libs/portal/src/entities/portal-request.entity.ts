import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';

export enum PortalRequestKind {
  /** Victims' Code right 12: a right not met. */
  Complaint = 'complaint',
  /** Victims' Right to Review: a police or CPS decision not to charge, to discontinue or to offer no evidence. */
  RightToReview = 'right_to_review',
}

/** The agency a request is about. */
export enum RequestAgency {
  Police = 'police',
  CrownProsecutionService = 'crown_prosecution_service',
  WitnessCareUnit = 'witness_care_unit',
  Court = 'court',
  Probation = 'probation',
  SupportService = 'support_service',
}

/** The decisions the Right to Review covers. */
export enum ReviewedDecision {
  NotToCharge = 'not_to_charge',
  Discontinue = 'discontinue',
  OfferNoEvidence = 'offer_no_evidence',
}

/** Complaints are upheld or not; reviews uphold or overturn the decision (as the case events say). */
export enum RequestOutcome {
  Upheld = 'upheld',
  PartlyUpheld = 'partly_upheld',
  NotUpheld = 'not_upheld',
  DecisionUpheld = 'decision_upheld',
  DecisionOverturned = 'decision_overturned',
}

/**
 * A complaint or review request a victim made in the portal about one of their cases. The due
 * dates are fixed when it arrives, so a later change of local target never rewrites history.
 */
@Entity({ name: 'portal_requests' })
@Index('portal_requests_victim_idx', ['victimId', 'receivedAt'])
@Check('portal_requests_review_names_decision', `("kind" = 'right_to_review') = ("decision" IS NOT NULL)`)
@Check('portal_requests_answer_complete', `("answered_at" IS NULL) = ("answer" IS NULL) AND ("answered_at" IS NULL) = ("outcome" IS NULL)`)
export class PortalRequest {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column('uuid')
  caseId!: string;

  @Column({ type: 'enum', enum: PortalRequestKind, enumName: 'portal_request_kind' })
  kind!: PortalRequestKind;

  @Column({ type: 'enum', enum: RequestAgency, enumName: 'portal_request_agency' })
  agency!: RequestAgency;

  @Column({ type: 'enum', enum: ReviewedDecision, enumName: 'portal_reviewed_decision', nullable: true })
  decision!: ReviewedDecision | null;

  @EncryptedColumn()
  details!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'timestamptz' })
  acknowledgeBy!: Date;

  @Column({ type: 'timestamptz' })
  answerBy!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @EncryptedColumn({ nullable: true })
  answer!: string | null;

  @Column({ type: 'enum', enum: RequestOutcome, enumName: 'portal_request_outcome', nullable: true })
  outcome!: RequestOutcome | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByOrganisationId!: string | null;
}
