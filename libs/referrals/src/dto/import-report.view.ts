import { ApiProperty } from '@nestjs/swagger';

export enum ImportRowStatus {
  Imported = 'imported',
  /** Sent before with the same key and content: the original referral, nothing new. */
  Duplicate = 'duplicate',
  Rejected = 'rejected',
}

export class ImportRowView {
  @ApiProperty({ description: 'The line of the file the row ends on' }) line!: number;
  @ApiProperty({ nullable: true, type: String }) idempotencyKey!: string | null;
  @ApiProperty({ enum: ImportRowStatus, enumName: 'ImportRowStatus' }) status!: ImportRowStatus;
  @ApiProperty({ nullable: true, type: String }) referralId!: string | null;
  @ApiProperty({ type: [String], description: 'Why a row was rejected' }) reasons!: string[];
}

export class ImportReportView {
  @ApiProperty() rows!: number;
  @ApiProperty() imported!: number;
  @ApiProperty() duplicates!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [ImportRowView], description: 'One result per row, in file order' })
  results!: ImportRowView[];
}
