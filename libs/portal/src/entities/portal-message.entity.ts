import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';

export enum PortalMessageDirection {
  FromVictim = 'from_victim',
  ToVictim = 'to_victim',
}

/** A message between a victim and the staff supporting them; the text is encrypted at rest. */
@Entity({ name: 'portal_messages' })
@Index('portal_messages_victim_idx', ['victimId', 'id'])
export class PortalMessage {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'enum', enum: PortalMessageDirection, enumName: 'portal_message_direction' })
  direction!: PortalMessageDirection;

  @EncryptedColumn()
  body!: string;

  /** The member of staff who wrote it; null for the victim's own messages. */
  @Column({ type: 'uuid', nullable: true })
  staffUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  staffOrganisationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
