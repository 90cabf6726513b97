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
import { newId, Role } from '@vs/platform';
import { Organisation } from './organisation.entity';

/** A member of staff who signs in with email, password and (where required) a TOTP code. */
@Entity({ name: 'staff_users' })
@Index(['organisationId', 'role'])
export class StaffUser {
  @PrimaryColumn('uuid')
  id: string = newId();

  /** Stored lower-cased, so uniqueness ignores case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'staff_role' })
  role!: Role;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  /** The advocate team within the organisation; scopes case content to team members. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  team!: string | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  /** TOTP secret, encrypted (DataCipher); set once enrolment is confirmed. */
  @Column({ type: 'text', nullable: true })
  mfaSecret!: string | null;

  /** A secret offered at enrolment and not yet confirmed with a code. */
  @Column({ type: 'text', nullable: true })
  mfaPendingSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  mfaEnabledAt!: Date | null;

  /** The TOTP time step last accepted, so a code can never be replayed. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  mfaLastTimeStep!: number | null;

  @Column({ type: 'int', default: 0 })
  failedLoginCount!: number;

  /** How many times the account has been locked since its last successful login; sets the next lock's length. */
  @Column({ type: 'int', default: 0 })
  lockoutCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
