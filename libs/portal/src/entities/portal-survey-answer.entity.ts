import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';

/** The moments a victim is asked how the support went. */
export enum SurveyPoint {
  AfterReferral = 'after_referral',
  AfterOutcome = 'after_outcome',
}

/**
 * A victim's answer to the short satisfaction survey at one point of one case: once per victim,
 * case and point (the unique key answers a second try with 409). Kept with the case, the supporting
 * organisation and the time, so the Commissioner's reports can aggregate it; the comment is
 * encrypted because victims write personal things in free text.
 */
@Entity({ name: 'portal_survey_answers' })
@Unique('portal_survey_answers_once_key', ['victimId', 'caseId', 'point'])
@Index('portal_survey_answers_organisation_idx', ['organisationId', 'answeredAt'])
@Check('portal_survey_answers_ratings', `"overall" BETWEEN 1 AND 5 AND "kept_informed" BETWEEN 1 AND 5 AND "treated_with_respect" BETWEEN 1 AND 5`)
export class PortalSurveyAnswer {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column('uuid')
  caseId!: string;

  @Column({ type: 'enum', enum: SurveyPoint, enumName: 'survey_point' })
  point!: SurveyPoint;

  /** The service that supported the victim when they answered; null if none had yet. */
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column('smallint')
  overall!: number;

  @Column('smallint')
  keptInformed!: number;

  @Column('smallint')
  treatedWithRespect!: number;

  @EncryptedColumn({ nullable: true })
  comment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  answeredAt!: Date;
}
