import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Attempts against one key (a client address or a crime reference, per step) in the current window,
 * and the lock they earned. Kept in the database so every API replica counts the same attempts.
 */
@Entity({ name: 'portal_attempt_counters' })
export class PortalAttemptCounter {
  /** e.g. `start:ip:203.0.113.9`, `verify:crime:5212345/25`. */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'int' })
  attempts!: number;

  /** Locks earned so far: each lasts twice the one before. */
  @Column({ type: 'int', default: 0 })
  locks!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
