import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { newId } from '@vs/platform';

export enum OrganisationKind {
  VictimService = 'victim_service',
  PoliceUnit = 'police_unit',
  WitnessCareUnit = 'witness_care_unit',
  CrownProsecutionService = 'crown_prosecution_service',
  CommissionerOffice = 'commissioner_office',
  SystemAdministration = 'system_administration',
}

/** A commissioned service, police unit, the Commissioner's office: who staff work for. */
@Entity({ name: 'organisations' })
export class Organisation {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
