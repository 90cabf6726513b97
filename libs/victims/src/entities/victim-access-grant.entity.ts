import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation, StaffUser } from '@vs/auth';
import { newId } from '@vs/platform';
import { VictimAccessBasis } from '../access/access-basis';
import { Victim } from './victim.entity';

/**
 * Why an organisation, and perhaps one user or team in it, may see a victim (access/victim-scope.ts).
 * Revoked grants are kept, so who could see a record, and when, can always be answered.
 */
@Entity({ name: 'victim_access_grants' })
@Index('victim_access_grants_victim_idx', ['victimId'], { where: '"revoked_at" IS NULL' })
@Index('victim_access_grants_organisation_idx', ['organisationId', 'victimId'], { where: '"revoked_at" IS NULL' })
@Index('victim_access_grants_user_idx', ['userId', 'victimId'], {
  where: '"revoked_at" IS NULL AND "user_id" IS NOT NULL',
})
export class VictimAccessGrant {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<StaffUser>;

  /** The advocate team within the organisation that supports the victim. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  team!: string | null;

  @Column({ type: 'enum', enum: VictimAccessBasis, enumName: 'victim_access_basis' })
  basis!: VictimAccessBasis;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
