import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { StaffSession } from './staff-session.entity';

/** A single-use refresh token; only the SHA-256 of its secret is stored. */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Index()
  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => StaffSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<StaffSession>;

  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when rotated; presenting a used token again means it was stolen: the session is revoked. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
