import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { assertFollows } from '../cases/followed-case-guard';
import { MakeComplaintDto, PortalRequestView, RequestReviewDto } from '../dto/portal-request.dto';
import { PortalRequestKind } from '../entities/portal-request.entity';
import { NewRequest, RequestStore } from './request-store';

export const REQUEST_ENTITY = 'portal_request';

/** The victim's complaints and review requests about their own cases, and how each is going. */
@Injectable()
export class PortalRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: RequestStore,
    private readonly audit: PortalAudit,
  ) {}

  complain(victim: VictimPrincipal, caseId: string, dto: MakeComplaintDto): Promise<PortalRequestView> {
    return this.make(victim, caseId, PortalRequestKind.Complaint, { ...dto, decision: null });
  }

  requestReview(victim: VictimPrincipal, caseId: string, dto: RequestReviewDto): Promise<PortalRequestView> {
    return this.make(victim, caseId, PortalRequestKind.RightToReview, dto);
  }

  list(victim: VictimPrincipal): Promise<PortalRequestView[]> {
    return this.dataSource.transaction(async (manager) => {
      const requests = await this.store.list(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'portal_requests' });
      return requests;
    });
  }

  one(victim: VictimPrincipal, requestId: string): Promise<PortalRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.store.one(manager, victim.victimId, requestId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: REQUEST_ENTITY, entityId: requestId });
      return request;
    });
  }

  private make(
    victim: VictimPrincipal,
    caseId: string,
    kind: PortalRequestKind,
    dto: Pick<NewRequest, 'agency' | 'decision' | 'details'>,
  ): Promise<PortalRequestView> {
    return this.dataSource.transaction(async (manager) => {
      await assertFollows(manager, victim.victimId, caseId);
      const request = await this.store.add(manager, { victimId: victim.victimId, caseId, kind, ...dto });
      await this.audit.record(manager, victim, { action: AuditAction.Create, entityType: REQUEST_ENTITY, entityId: request.id });
      return request;
    });
  }
}
