import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';

/**
 * A victim asking to be called back, only within a window they say is safe (London local time).
 * Staff calling outside it could be overheard by the person who harms them.
 */
@Entity({ name: 'portal_call_backs' })
@Index('portal_call_backs_victim_idx', ['victimId', 'requestedAt'])
@Check('portal_call_backs_window_order', `"window_from" < "window_to"`)
export class PortalCallBack {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'date' })
  windowDate!: string;

  @Column({ type: 'varchar', length: 5 })
  windowFrom!: string;

  @Column({ type: 'varchar', length: 5 })
  windowTo!: string;

  @EncryptedColumn({ nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneByUserId!: string | null;
}
