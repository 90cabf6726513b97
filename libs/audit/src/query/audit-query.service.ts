import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Actor } from '@vs/platform';
import { AuditAction } from '../audit-entry';
import { AuditService, auditFieldsOf } from '../audit.service';
import { AuditEvent } from '../entities/audit-event.entity';
import { auditEventsCsv } from './audit-csv';
import { AuditEventFilter, DEFAULT_PAGE_SIZE, FILTER_NAMES, PageRequest } from './audit-event-filter';

export interface AuditEventPage {
  readonly items: AuditEvent[];
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

type Criteria = AuditEventFilter & PageRequest & { flaggedOnly?: boolean };

const EXPORT_PAGE_SIZE = 1_000;

/** Filters that match one column exactly: the filter's name and the entity property it matches. */
const EQUALITY_FILTERS = [
  ['victimId', 'victimId'],
  ['actorId', 'actorUserId'],
  ['entityType', 'entityType'],
  ['entityId', 'entityId'],
  ['action', 'action'],
] as const satisfies readonly (readonly [keyof AuditEventFilter, keyof AuditEvent])[];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The SQL for a time bound, parsed by PostgreSQL so that microseconds survive (a JavaScript Date
 * keeps milliseconds only). A bare date means midnight in London, where the services work.
 */
const instant = (parameter: string, value: string): string =>
  DATE_ONLY.test(value)
    ? `(CAST(CAST(:${parameter} AS date) AS timestamp) AT TIME ZONE 'Europe/London')`
    : `CAST(:${parameter} AS timestamptz)`;

function applyCriteria(query: SelectQueryBuilder<AuditEvent>, criteria: Criteria): SelectQueryBuilder<AuditEvent> {
  for (const [filter, property] of EQUALITY_FILTERS) {
    const value = criteria[filter];
    if (value !== undefined) query.andWhere(`event.${property} = :${filter}`, { [filter]: value });
  }
  if (criteria.from !== undefined)
    query.andWhere(`event.occurredAt >= ${instant('from', criteria.from)}`, { from: criteria.from });
  if (criteria.to !== undefined)
    query.andWhere(`event.occurredAt < ${instant('to', criteria.to)}`, { to: criteria.to });
  if (criteria.flaggedOnly) query.andWhere('event.flaggedForReview');
  // Keyset pagination: newest first, each page continuing below the last id seen.
  if (criteria.cursor !== undefined) query.andWhere('event.id < :cursor', { cursor: criteria.cursor });
  return query;
}

/** What auditors read from the trail: filtered pages, break-glass entries, and CSV exports. */
@Injectable()
export class AuditQueryService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly audit: AuditService,
  ) {}

  search(criteria: AuditEventFilter & PageRequest): Promise<AuditEventPage> {
    return this.page(criteria);
  }

  /** Entries made under a break-glass reason, for review. */
  breakGlass(criteria: Pick<AuditEventFilter, 'from' | 'to'> & PageRequest): Promise<AuditEventPage> {
    return this.page({ ...criteria, flaggedOnly: true });
  }

  /**
   * Records the export (committed before any row leaves, so an interrupted export is still on
   * record), then streams every matching event recorded before it as CSV.
   */
  async exportCsv(actor: Actor, filter: AuditEventFilter): Promise<Readable> {
    const [exportEventId] = await this.audit.insert(this.events.manager, [
      {
        ...auditFieldsOf(actor),
        action: AuditAction.Export,
        entityType: 'audit_event',
        victimId: filter.victimId ?? null,
        details: Object.fromEntries(FILTER_NAMES.map((name) => [name, filter[name] ?? null])),
      },
    ]);
    return auditEventsCsv(this.allBefore(filter, exportEventId));
  }

  private async page(criteria: Criteria): Promise<AuditEventPage> {
    const limit = criteria.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await applyCriteria(this.events.createQueryBuilder('event'), criteria)
      .orderBy('event.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? rows[limit - 1].id : null };
  }

  private async *allBefore(filter: AuditEventFilter, beforeId: string): AsyncGenerator<AuditEvent> {
    let cursor: string | undefined = beforeId;
    do {
      const page = await this.page({ ...filter, cursor, limit: EXPORT_PAGE_SIZE });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
}
