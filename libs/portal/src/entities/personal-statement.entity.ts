import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { newId } from '@vs/platform';
import { EncryptedColumn } from '@vs/victims';

/** Who the victim wants to read their statement aloud in court. */
export enum StatementReader {
  Myself = 'myself',
  Prosecutor = 'prosecutor',
  SomeoneElse = 'someone_else',
}

/**
 * One version of a victim's Personal Statement about one case (Victims' Code right 7). A change is
 * a new version, never an edit: the court and staff must be able to see what was said when. The
 * unique key makes two updates racing for the same version number one 409, not two versions.
 */
@Entity({ name: 'victim_personal_statements' })
@Unique('victim_personal_statements_version_key', ['victimId', 'caseId', 'version'])
@Index('victim_personal_statements_case_idx', ['caseId'])
@Check('victim_personal_statements_reader', `"read_aloud_in_court" = ("read_aloud_by" IS NOT NULL)`)
export class VictimPersonalStatement {
  @PrimaryColumn('uuid')
  id: string = newId();

  @Column('uuid')
  victimId!: string;

  @Column('uuid')
  caseId!: string;

  @Column('int')
  version!: number;

  @EncryptedColumn()
  text!: string;

  @Column('boolean')
  readAloudInCourt!: boolean;

  @Column({ type: 'enum', enum: StatementReader, enumName: 'statement_reader', nullable: true })
  readAloudBy!: StatementReader | null;

  @CreateDateColumn({ type: 'timestamptz' })
  madeAt!: Date;
}
