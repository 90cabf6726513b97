import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far a derived report table has been brought up to date: everything recorded before `refreshedThrough`. */
@Entity({ name: 'report_refresh_marks' })
export class ReportRefreshMark {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'timestamptz' })
  refreshedThrough!: Date;
}
