import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Organisation } from '@vs/auth';
import { newId } from '@vs/platform';
import { SupportService } from '../model/support-service';

/**
 * A support service an organisation (of kind victim_service) provides, where, and how soon it
 * promises first contact. Triage proposes the organisation that provides the service it routes to.
 */
@Entity({ name: 'service_provisions' })
@Unique('service_provisions_organisation_service_key', ['organisationId', 'service'])
@Index('service_provisions_service_idx', ['service'])
@Check('service_provisions_target_positive', `"first_contact_target_working_days" BETWEEN 1 AND 60`)
export class ServiceProvision {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'enum', enum: SupportService, enumName: 'support_service' })
  service!: SupportService;

  /** ONS codes of the boroughs served; empty means the whole of London. */
  @Column({ type: 'text', array: true, default: '{}' })
  boroughCodes!: string[];

  @Column({ type: 'smallint' })
  firstContactTargetWorkingDays!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
