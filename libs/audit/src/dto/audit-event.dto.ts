import { ApiProperty } from '@nestjs/swagger';
import { AuditAction, AuditOutcome } from '../audit-entry';
import { AuditEvent } from '../entities/audit-event.entity';
import { AuditEventPage } from '../query/audit-query.service';

export class AuditEventDto {
  @ApiProperty({ description: 'Position in the trail (a 64-bit integer, as a string)', example: '1024' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorRole!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorOrganisationId!: string | null;

  @ApiProperty({ enum: AuditAction })
  action!: string;

  @ApiProperty({ enum: AuditOutcome })
  outcome!: string;

  @ApiProperty({ example: 'victim' })
  entityType!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  entityId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  victimId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  purpose!: string | null;

  @ApiProperty({ type: String, nullable: true })
  breakGlassReason!: string | null;

  @ApiProperty()
  flaggedForReview!: boolean;

  @ApiProperty()
  requestId!: string;

  @ApiProperty()
  clientIp!: string;

  @ApiProperty({ type: [String], description: 'Names of changed fields, never their values' })
  changedFields!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
  })
  details!: Record<string, string | number | boolean | null>;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  items!: AuditEventDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

const toAuditEventDto = (event: AuditEvent): AuditEventDto => ({
  ...event,
  occurredAt: event.occurredAt.toISOString(),
});

export const toAuditEventPageDto = (page: AuditEventPage): AuditEventPageDto => ({
  items: page.items.map(toAuditEventDto),
  nextCursor: page.nextCursor,
});
