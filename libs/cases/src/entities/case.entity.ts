import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { CaseStage } from '../journey/case-stage';
import { Crime } from './crime.entity';

/**
 * The journey of one crime through the justice system. It shares its crime's id, so callers use
 * one id for both; the version guards stage changes against concurrent editors.
 */
@Entity({ name: 'cases' })
@Index('cases_stage_idx', ['stage', 'id'])
export class Case {
  @PrimaryColumn('uuid')
  id!: string;

  @ManyToOne(() => Crime, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'id' })
  crime?: Relation<Crime>;

  @Column({ type: 'enum', enum: CaseStage, enumName: 'case_stage' })
  stage!: CaseStage;

  /** When the current stage began (the occurrence time of the event that moved the case there). */
  @Column({ type: 'timestamptz' })
  stageChangedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
