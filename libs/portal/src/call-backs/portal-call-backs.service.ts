import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { CallBackView, RequestCallBackDto } from '../dto/call-back.dto';
import { CallBackStore } from './call-back-store';

export const CALL_BACK_ENTITY = 'portal_call_back';

/** The victim asking to be called back at a safe time, and seeing whether it happened. */
@Injectable()
export class PortalCallBacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: CallBackStore,
    private readonly audit: PortalAudit,
  ) {}

  list(victim: VictimPrincipal): Promise<CallBackView[]> {
    return this.dataSource.transaction(async (manager) => {
      const callBacks = await this.store.list(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'portal_call_backs' });
      return callBacks;
    });
  }

  request(victim: VictimPrincipal, dto: RequestCallBackDto): Promise<CallBackView> {
    return this.dataSource.transaction(async (manager) => {
      const callBack = await this.store.add(manager, victim.victimId, dto);
      await this.audit.record(manager, victim, { action: AuditAction.Create, entityType: CALL_BACK_ENTITY, entityId: callBack.id });
      return callBack;
    });
  }
}
