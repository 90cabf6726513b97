import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A one-time code sent to a victim who gave a matching crime reference and date of birth. Only a
 * keyed hash of the code is kept; it expires soon, allows few tries and is used once.
 */
@Entity({ name: 'portal_challenges' })
export class PortalChallenge {
  /** Given to the caller; for details that matched nothing an equally shaped id is given but never stored. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  victimId!: string;

  /** Upper-case, as stored on the crime: failed codes count against it too. */
  @Column({ type: 'varchar', length: 40 })
  crimeReference!: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'int', default: 0 })
  failedAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
