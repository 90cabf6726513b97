import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { StaffUser } from './staff-user.entity';

/**
 * One login: the family of refresh tokens it rotates through. Access tokens name their session,
 * and every request checks it, so logout, reuse detection and disabling a user take effect at once.
 */
@Entity({ name: 'staff_sessions' })
export class StaffSession {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Index()
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<StaffUser>;

  /** False while a role that requires MFA has not enrolled yet: only the caller's own session routes are open. */
  @Column({ type: 'boolean' })
  mfaSatisfied!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The absolute end of the session, however often it is refreshed. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason!: string | null;
}
