import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';

/**
 * Staff invite a victim to follow one crime in the portal. Proving who they are (crime reference,
 * date of birth, one-time code) works only while an invitation is open, and the portal shows the
 * victim only the crimes they were invited to follow.
 */
@Entity({ name: 'portal_invitations' })
@Index('portal_invitations_victim_crime_idx', ['victimId', 'crimeId'], { where: '"revoked_at" IS NULL' })
export class PortalInvitation {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column('uuid')
  crimeId!: string;

  @Column('uuid')
  invitedByUserId!: string;

  @Column('uuid')
  invitedByOrganisationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** After this the victim can no longer start signing in with it; cases already shown stay shown. */
  @Column({ type: 'timestamptz' })
  acceptUntil!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
