import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import type { ReportFilter } from '../report-filter';

export enum ReportExportStatus {
  Queued = 'queued',
  Running = 'running',
  Ready = 'ready',
  Failed = 'failed',
}

export enum ReportFormat {
  Json = 'json',
  Csv = 'csv',
}

/**
 * A report too large to build during a request, built by the worker. It belongs to the user who
 * asked: no one else can see that it exists. Its content is the finished report (aggregates only).
 */
@Entity({ name: 'compliance_report_exports' })
@Index('compliance_report_exports_requester_idx', ['requestedByUserId', 'id'])
export class ComplianceReportExport {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  requestedByUserId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: Relation<StaffUser>;

  @Column({ type: 'enum', enum: ReportExportStatus, enumName: 'compliance_report_export_status' })
  status!: ReportExportStatus;

  @Column({ type: 'enum', enum: ReportFormat, enumName: 'compliance_report_format' })
  format!: ReportFormat;

  @Column({ type: 'jsonb' })
  filters!: ReportFilter;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  /** Why it failed, in words for the requester (never an internal message). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  failureReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
