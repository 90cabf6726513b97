import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CursorQueryDto } from '@vs/platform';
import { IsCrimeReference } from '../crimes/crime-reference';
import { PartnerEventRejection } from '../entities/partner-event-rejection.entity';
import type { StoredJson } from '../json-value';
import { PartnerEventOutcome, PartnerEventRejectionCode } from '../partner-events/partner-event-outcome';
import { CaseEventFieldsDto } from './case-event.dto';

/** Enough for a day of one court's listings; larger loads are split by the sender. */
export const MAX_PARTNER_BATCH = 100;

const SENDER_SYSTEM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** An event as a partner system (police, witness care, CPS, courts, probation) sends it. */
export class PartnerEventDto extends CaseEventFieldsDto {
  @ApiProperty({
    example: 'wcu-case-manager',
    description: 'Your system’s name: letters, digits, ".", "_" or "-", up to 100',
  })
  @Matches(SENDER_SYSTEM, { message: '$property must be 1 to 100 letters, digits, ".", "_" or "-"' })
  senderSystem!: string;

  @ApiProperty({
    example: 'evt-2025-000123',
    description: 'Your id of the event: a resend with the same id gets the original result',
  })
  @IsString()
  @Length(1, 200)
  senderEventId!: string;

  @ApiProperty({ example: '5212345/25' })
  @IsCrimeReference()
  crimeReference!: string;
}

/** The fields without which an event cannot be told apart from a resend. */
export const SENDER_IDENTITY_FIELDS: readonly string[] = ['senderSystem', 'senderEventId'];

export enum PartnerEventResultOutcome {
  Accepted = 'accepted',
  /** Sent before: nothing was created, and the original result is repeated. */
  Duplicate = 'duplicate',
  Rejected = 'rejected',
}

export class PartnerEventResultView {
  @ApiProperty({ description: 'Position in the batch; 0 for a single event' }) index!: number;
  @ApiProperty({ nullable: true, type: String }) senderSystem!: string | null;
  @ApiProperty({ nullable: true, type: String }) senderEventId!: string | null;
  @ApiProperty({ enum: PartnerEventResultOutcome, enumName: 'PartnerEventResultOutcome' })
  outcome!: PartnerEventResultOutcome;
  @ApiProperty({
    enum: PartnerEventOutcome,
    enumName: 'PartnerEventOutcome',
    nullable: true,
    description: 'For a duplicate: what became of the original',
  })
  originalOutcome!: PartnerEventOutcome | null;
  @ApiProperty({ nullable: true, type: String }) caseId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the refused event is kept for review' })
  rejectionId!: string | null;
  @ApiProperty({ enum: PartnerEventRejectionCode, enumName: 'PartnerEventRejectionCode', nullable: true })
  reasonCode!: PartnerEventRejectionCode | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class PartnerEventBatchView {
  @ApiProperty() accepted!: number;
  @ApiProperty() duplicate!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [PartnerEventResultView], description: 'One per event, in the order sent' })
  results!: PartnerEventResultView[];
}

export class PartnerEventRejectionQueryDto extends CursorQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SENDER_SYSTEM)
  senderSystem?: string;

  @ApiPropertyOptional({ enum: PartnerEventRejectionCode, enumName: 'PartnerEventRejectionCode' })
  @IsOptional()
  @IsEnum(PartnerEventRejectionCode)
  reasonCode?: PartnerEventRejectionCode;
}

export class PartnerEventRejectionView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) senderSystem!: string | null;
  @ApiProperty({ nullable: true, type: String }) senderEventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) crimeReference!: string | null;
  @ApiProperty({ enum: PartnerEventRejectionCode, enumName: 'PartnerEventRejectionCode' })
  reasonCode!: PartnerEventRejectionCode;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'The event exactly as it arrived' }) payload!: StoredJson;
  @ApiProperty() receivedByUserId!: string;
  @ApiProperty() receivedAt!: Date;

  static of({
    id,
    senderSystem,
    senderEventId,
    crimeReference,
    reasonCode,
    reason,
    payload,
    receivedByUserId,
    receivedAt,
  }: PartnerEventRejection): PartnerEventRejectionView {
    return {
      id,
      senderSystem,
      senderEventId,
      crimeReference,
      reasonCode,
      reason,
      payload,
      receivedByUserId,
      receivedAt,
    };
  }
}

export class PartnerEventRejectionPage {
  @ApiProperty({ type: [PartnerEventRejectionView] }) items!: PartnerEventRejectionView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
