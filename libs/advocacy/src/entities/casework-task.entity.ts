import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';

/** Something to do for the victim by a date (call the housing officer, chase the refuge place). */
@Entity({ name: 'casework_tasks' })
@Index('casework_tasks_open_idx', ['referralId', 'dueOn'], { where: '"completed_at" IS NULL' })
@Check('casework_tasks_completion_whole', `("completed_at" IS NULL) = ("completed_by_user_id" IS NULL)`)
export class CaseworkTask {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @EncryptedColumn()
  title!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column('uuid')
  createdByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedByUserId!: string | null;

  @VersionColumn()
  version!: number;
}
