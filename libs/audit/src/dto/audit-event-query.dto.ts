import { ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';
import { AuditAction } from '../audit-entry';
import { AuditEventFilter, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageRequest } from '../query/audit-event-filter';

/** A date (midnight in London), or a date-time that states its offset: without one it would be ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const INSTANT_MESSAGE = '$property must be an ISO 8601 date or a date-time with an offset, e.g. 2025-03-01T09:00:00Z';
const ENTITY_TYPE = /^[a-z][a-z0-9_]{0,63}$/;
/** Below 10^18, so it always fits a bigint. */
const CURSOR = /^[1-9][0-9]{0,17}$/;

export class AuditEventFilterDto implements AuditEventFilter {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only records about this victim' })
  @IsOptional()
  @IsUUID()
  victimId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only actions of this staff user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({
    example: 'victim',
    description: 'Only records about this kind of entity; required with entityId',
  })
  @ValidateIf((filter: AuditEventFilterDto) => filter.entityType !== undefined || filter.entityId !== undefined)
  @Matches(ENTITY_TYPE, { message: 'entityType must be a snake_case entity name, and is required with entityId' })
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only records about this entity (with entityType)' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ enum: AuditAction })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Recorded at or after this time (a bare date: London midnight)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Recorded before this time (a bare date: London midnight)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  to?: string;
}

export class PageQueryDto implements PageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Matches(CURSOR, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class AuditEventQueryDto extends IntersectionType(AuditEventFilterDto, PageQueryDto) {}

export class BreakGlassQueryDto extends IntersectionType(
  PickType(AuditEventFilterDto, ['from', 'to'] as const),
  PageQueryDto,
) {}
