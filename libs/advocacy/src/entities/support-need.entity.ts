import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { newId } from '@vs/platform';
import { Referral } from '@vs/referrals';
import { EncryptedColumn } from '@vs/victims';
import { NeedArea, NeedStatus } from '../model/casework';

/** One area of need (housing, health, money, immigration, children) and where it stands. */
@Entity({ name: 'support_needs' })
@Unique('support_needs_referral_area_key', ['referralId', 'area'])
export class SupportNeed {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<Referral>;

  @Column('uuid')
  victimId!: string;

  @Column({ type: 'enum', enum: NeedArea, enumName: 'need_area' })
  area!: NeedArea;

  @Column({ type: 'enum', enum: NeedStatus, enumName: 'need_status' })
  status!: NeedStatus;

  @EncryptedColumn({ nullable: true })
  notes!: string | null;

  @Column('uuid')
  updatedByUserId!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
