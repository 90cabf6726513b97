import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { newId } from '@vs/platform';
import { DisabilityKind } from '../model/disability';
import { VulnerabilityFlag } from '../model/vulnerability-flag';
import { EncryptedColumn } from '../protection/encrypted-column';

/**
 * A victim's record. Names and free text are encrypted (DataCipher); the blind index of the full
 * name, with the date of birth, finds the same person again without decrypting anyone.
 */
@Entity({ name: 'victims' })
@Index('victims_name_match_idx', ['nameIndex', 'dateOfBirth'])
@Index('victims_date_of_birth_idx', ['dateOfBirth'])
@Check(
  'victims_override_has_reason',
  `("enhanced_rights_override" IS NULL) = ("enhanced_rights_override_reason" IS NULL)`,
)
export class Victim {
  @PrimaryColumn('uuid')
  id: string = newId();

  @EncryptedColumn()
  givenNames!: string;

  @EncryptedColumn()
  familyName!: string;

  /** Blind index of the normalised full name (matching/normalise.ts). */
  @Column({ type: 'varchar', length: 64 })
  nameIndex!: string;

  /** A plain date: ages (under 18 means vulnerable) are worked out from it. */
  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** ISO 639-1 code. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  preferredLanguage!: string | null;

  @Column({ type: 'boolean', default: false })
  interpreterNeeded!: boolean;

  @Column({ type: 'enum', enum: DisabilityKind, enumName: 'victim_disability_kind', array: true, default: '{}' })
  disabilities!: DisabilityKind[];

  @EncryptedColumn({ nullable: true })
  supportNeeds!: string | null;

  /** The EqualityMonitoring answers as encrypted JSON: special category data, used only for monitoring. */
  @EncryptedColumn({ nullable: true })
  equalityMonitoring!: string | null;

  /** Recorded flags only; under_18 is derived from the date of birth whenever it is needed. */
  @Column({ type: 'enum', enum: VulnerabilityFlag, enumName: 'victim_vulnerability_flag', array: true, default: '{}' })
  vulnerabilityFlags!: VulnerabilityFlag[];

  /** A manual decision on enhanced rights that wins over the rules; null when none. */
  @Column({ type: 'boolean', nullable: true })
  enhancedRightsOverride!: boolean | null;

  @EncryptedColumn({ nullable: true })
  enhancedRightsOverrideReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  enhancedRightsOverrideByUserId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  enhancedRightsOverrideAt!: Date | null;

  /** Why the record was created although it matched another one (kept for whoever links them later). */
  @EncryptedColumn({ nullable: true })
  createAnywayReason!: string | null;

  @Column('uuid')
  createdByUserId!: string;

  @Column('uuid')
  createdByOrganisationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
