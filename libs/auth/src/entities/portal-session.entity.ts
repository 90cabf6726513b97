import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';

/**
 * A victim's signed-in portal session. Portal tokens name their session and every request checks
 * it, so "sign out everywhere" takes effect at once.
 */
@Entity({ name: 'portal_sessions' })
export class PortalSession {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Index()
  @Column('uuid')
  victimId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
