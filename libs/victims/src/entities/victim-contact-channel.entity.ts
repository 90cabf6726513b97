import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { ContactChannelKind, SafeTimeWindow } from '../model/contact';
import { EncryptedColumn } from '../protection/encrypted-column';
import { Victim } from './victim.entity';

/** How a victim may be reached by one channel, and when that is safe. At most one per channel. */
@Entity({ name: 'victim_contact_channels' })
@Unique('victim_contact_channels_one_per_channel', ['victimId', 'channel'])
@Index('victim_contact_channels_match_idx', ['matchIndex'], { where: '"match_index" IS NOT NULL' })
export class VictimContactChannel {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @ManyToOne(() => Victim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'victim_id' })
  victim?: Relation<Victim>;

  @Column({ type: 'enum', enum: ContactChannelKind, enumName: 'victim_contact_channel_kind' })
  channel!: ContactChannelKind;

  /** The phone number, email or postal address. */
  @EncryptedColumn()
  value!: string;

  /** Blind index of the normalised phone number or email; null for letters. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  matchIndex!: string | null;

  @Column({ type: 'boolean' })
  safe!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  safeTimes!: SafeTimeWindow[];

  @EncryptedColumn({ nullable: true })
  codeWord!: string | null;

  @EncryptedColumn({ nullable: true })
  notes!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
