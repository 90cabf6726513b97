import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { UnauthenticatedError } from '@vs/auth';
import { Clock, NotFoundError, VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { CaseProgressView, PortalCaseView } from '../dto/portal-case.view';
import { readCaseProgress } from './case-progress-query';
import { toCaseProgressView } from './case-progress-view';
import { followedCases } from './portal-case-queries';

/** A victim's own cases and how they are going; every read is audited before it is answered. */
@Injectable()
export class PortalCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: PortalAudit,
    private readonly clock: Clock,
  ) {}

  list(victim: VictimPrincipal): Promise<PortalCaseView[]> {
    return this.dataSource.transaction(async (manager) => {
      const cases = await followedCases(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'portal_cases' });
      return cases;
    });
  }

  /**
   * The route checks the session in this same statement (@LiveSessionCheckedInQuery): 401 once it
   * has ended; 404 for a case the victim does not follow, exactly as for one that does not exist.
   * The answer waits for the read's audit record to be committed.
   */
  async progress(victim: VictimPrincipal, caseId: string): Promise<CaseProgressView> {
    const now = this.clock.now();
    const row = await readCaseProgress(this.dataSource, victim, caseId, now);
    if (!row.sessionLive) throw new UnauthenticatedError();
    if (!row.case) throw new NotFoundError('Case', caseId);
    await this.audit.recordRead(victim, { entityType: 'case', entityId: caseId });
    return toCaseProgressView(row.case, row, now);
  }
}
