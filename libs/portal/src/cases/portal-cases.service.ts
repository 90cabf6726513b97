import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { Clock, NotFoundError, VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { CaseProgressView, PortalCaseView } from '../dto/portal-case.view';
import { CaseRights } from './case-rights';
import { followedCases, nextHearing, victimAdvocates, victimTimeline } from './portal-case-queries';

/** A victim's own cases and how they are going; each read is audited in its transaction. */
@Injectable()
export class PortalCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rights: CaseRights,
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

  /** 404 for a case the victim does not follow, exactly as for one that does not exist. */
  async progress(victim: VictimPrincipal, caseId: string): Promise<CaseProgressView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const [found] = await followedCases(manager, victim.victimId, caseId);
      if (!found) throw new NotFoundError('Case', caseId);
      const timeline = await victimTimeline(manager, victim.victimId, caseId);
      const hearing = await nextHearing(manager, victim.victimId, caseId, this.clock.now());
      const advocates = await victimAdvocates(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'case', entityId: caseId });
      return { case: found, timeline, nextHearing: hearing, advocates };
    });
    // Only after the case proved to be theirs: the rights are read from the victim's own duties.
    return { ...view, rights: await this.rights.of(victim.victimId, caseId) };
  }
}
