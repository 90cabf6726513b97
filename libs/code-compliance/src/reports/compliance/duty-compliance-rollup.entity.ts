import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OffenceGroup } from '@vs/victims';
import { Agency, DeadlineSource } from '../../catalogue/duty-definition';
import { RollupGrain } from './rollup-grain';

/**
 * Duty instances counted by status, per London day, week (from Monday) and month of their trigger
 * and per everything the Commissioner's reports break compliance down by. Kept in step with
 * duty_instances in the transaction of each status change (DutyComplianceRollupListener), so a
 * year-wide London report sums a few hundred thousand rows instead of ten million instances.
 */
@Entity({ name: 'duty_compliance_rollup' })
export class DutyComplianceRollup {
  @PrimaryColumn({ type: 'enum', enum: RollupGrain, enumName: 'duty_rollup_grain' })
  grain!: RollupGrain;

  /** The London date the day, week or month starts on. */
  @PrimaryColumn({ type: 'date' })
  periodStart!: string;

  @PrimaryColumn({ type: 'enum', enum: DeadlineSource, enumName: 'code_deadline_source' })
  deadlineSource!: DeadlineSource;

  @PrimaryColumn({ type: 'smallint' })
  right!: number;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  dutyCode!: string;

  @PrimaryColumn({ type: 'enum', enum: Agency, enumName: 'code_agency' })
  agency!: Agency;

  @PrimaryColumn({ type: 'char', length: 9 })
  boroughCode!: string;

  @PrimaryColumn({ type: 'enum', enum: OffenceGroup, enumName: 'duty_offence_group' })
  offenceGroup!: OffenceGroup;

  @PrimaryColumn({ type: 'boolean' })
  enhanced!: boolean;

  @Column({ type: 'integer', default: 0 })
  met!: number;

  @Column({ type: 'integer', default: 0 })
  metLate!: number;

  @Column({ type: 'integer', default: 0 })
  breached!: number;

  @Column({ type: 'integer', default: 0 })
  pending!: number;

  @Column({ type: 'integer', default: 0 })
  waived!: number;

  @Column({ type: 'integer', default: 0 })
  notApplicable!: number;
}
