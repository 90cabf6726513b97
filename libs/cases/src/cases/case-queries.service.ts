import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditEntry, auditFieldsOf, AuditService } from '@vs/audit';
import { Actor, DEFAULT_PAGE_SIZE, Page, toPage } from '@vs/platform';
import { CaseQueryDto } from '../dto/case.dto';
import {
  CaseDetailView,
  CaseEventView,
  CaseSummaryView,
  CaseVictimView,
  CaseWithCrime,
  HearingView,
} from '../dto/case-view.dto';
import { CaseEvent } from '../entities/case-event.entity';
import { CrimeVictim } from '../entities/crime-victim.entity';
import { Hearing } from '../entities/hearing.entity';
import { CASE_COLUMNS, casesWithCrime } from './case-finder';
import { CaseReadAccess } from './case-read-access';
import { caseScope } from './case-scope';

/** Filters that match one column of the crime `cr` or the case `c` exactly. */
const EQUALITY_FILTERS = [
  ['boroughCode', 'cr.borough_code'],
  ['offenceGroup', 'cr.offence_group'],
  ['officerInCaseId', 'cr.officer_in_case_id'],
  ['crimeReference', 'cr.crime_reference'],
  ['stage', 'c.stage'],
] as const satisfies readonly (readonly [keyof CaseQueryDto, string])[];

/**
 * Reading cases, always within the caller's scope, in a constant number of queries whatever the
 * number of cases, victims, events or hearings.
 */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly caseAccess: CaseReadAccess,
  ) {}

  /** Newest first. */
  async list(actor: Actor, query: CaseQueryDto): Promise<Page<CaseSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = caseScope(actor, CASE_COLUMNS);
    const builder = casesWithCrime(this.dataSource.manager).where(scope.sql, scope.params);
    for (const [filter, column] of EQUALITY_FILTERS) {
      const value = query[filter];
      if (value !== undefined) builder.andWhere(`${column} = :${filter}`, { [filter]: value });
    }
    if (query.cursor) builder.andWhere('c.id < :cursor', { cursor: query.cursor });
    const rows = await builder
      .orderBy('c.id', 'DESC')
      // limit, not take: each case joins exactly one crime, so one query does (take would add a second).
      .limit(limit + 1)
      .getMany();
    return toPage(rows as CaseWithCrime[], limit, (row) => CaseSummaryView.of(row));
  }

  /**
   * One case with its victims, events and hearings. Out of scope it is "not found", unless a service
   * manager breaks glass with a stated reason. Every read is audited in the read's transaction: one
   * record per victim of the case, so each victim can learn who saw their case.
   */
  detail(actor: Actor, id: string): Promise<CaseDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const { found, breakGlass } = await this.caseAccess.find(manager, actor, id);
      const victims = await manager.find(CrimeVictim, { where: { crimeId: id }, order: { linkedAt: 'ASC' } });
      const events = await manager.find(CaseEvent, { where: { caseId: id }, order: { occurredAt: 'ASC', id: 'ASC' } });
      const hearings = await manager.find(Hearing, { where: { caseId: id }, order: { startsAt: 'ASC', id: 'ASC' } });
      await this.audit.recordMany(manager, this.readRecords(actor, id, victims, breakGlass));
      return {
        ...CaseSummaryView.of(found),
        breakGlass,
        victims: victims.map((link) => CaseVictimView.of(link)),
        events: events.map((event) => CaseEventView.of(event)),
        hearings: hearings.map((hearing) => HearingView.of(hearing)),
      };
    });
  }

  private readRecords(actor: Actor, caseId: string, victims: CrimeVictim[], breakGlass: boolean): AuditEntry[] {
    const entry: AuditEntry = {
      ...auditFieldsOf(actor, { breakGlass }),
      action: AuditAction.Read,
      entityType: 'case',
      entityId: caseId,
    };
    return victims.length === 0 ? [entry] : victims.map((link) => ({ ...entry, victimId: link.victimId }));
  }
}
