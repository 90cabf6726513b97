import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Case, CaseStage } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';

/**
 * What the Commissioner's reports need of each case, one narrow row per case: when and where it was
 * reported, how long the referral to support took, where a victim withdrew, how many of its victims
 * are repeat victims. Derived from crimes, case_events and crime_victims by the worker
 * (CaseReportFactsRefresher), so a year-wide report reads this table instead of scanning ten
 * million case events.
 */
@Entity({ name: 'case_report_facts' })
@Index('case_report_facts_reported_day_idx', ['reportedDay'])
export class CaseReportFacts {
  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Relation<Case>;

  /** The London date the crime was reported. */
  @Column({ type: 'date' })
  reportedDay!: string;

  @Column({ type: 'char', length: 9 })
  boroughCode!: string;

  @Column({ type: 'enum', enum: OffenceGroup, enumName: 'offence_group' })
  offenceGroup!: OffenceGroup;

  /** From the crime's report to its first referral to support; null while it has none. */
  @Column({ type: 'integer', nullable: true })
  referralSeconds!: number | null;

  /** The stage the case was at when the victim withdrew; null if they have not. */
  @Column({ type: 'enum', enum: CaseStage, enumName: 'case_stage', nullable: true })
  withdrawnFromStage!: CaseStage | null;

  @Column({ type: 'smallint' })
  victimLinks!: number;

  /** Links whose victim is a repeat victim (another crime reported within 12 months). */
  @Column({ type: 'smallint' })
  repeatVictimLinks!: number;
}
