import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { AnswerRequestDto, PortalRequestView } from '../dto/portal-request.dto';
import { REQUEST_ENTITY } from './portal-requests.service';
import { RequestStore } from './request-store';

/** Staff seeing, acknowledging and answering the complaints and review requests of victims in their scope. */
@Injectable()
export class StaffRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly store: RequestStore,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, victimId: string): Promise<PortalRequestView[]> {
    return this.inScope(actor, victimId, AuditAction.Read, null, (manager) => this.store.list(manager, victimId));
  }

  acknowledge(actor: Actor, victimId: string, requestId: string): Promise<PortalRequestView> {
    return this.inScope(actor, victimId, AuditAction.Update, requestId, (manager) =>
      this.store.acknowledge(manager, victimId, requestId, actor),
    );
  }

  answer(actor: Actor, victimId: string, requestId: string, dto: AnswerRequestDto): Promise<PortalRequestView> {
    return this.inScope(actor, victimId, AuditAction.Update, requestId, (manager) =>
      this.store.answer(manager, victimId, requestId, dto, actor),
    );
  }

  private inScope<T>(
    actor: Actor,
    victimId: string,
    action: AuditAction,
    requestId: string | null,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const result = await work(manager);
      await this.audit.recordFor(
        manager,
        actor,
        { action, entityType: requestId ? REQUEST_ENTITY : 'portal_requests', entityId: requestId, victimId },
        access,
      );
      return result;
    });
  }
}
