import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { CallBackView } from '../dto/call-back.dto';
import { CallBackStore } from './call-back-store';
import { CALL_BACK_ENTITY } from './portal-call-backs.service';

/** Staff seeing the call-backs a victim in their scope asked for, and marking them done. */
@Injectable()
export class StaffCallBacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly store: CallBackStore,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, victimId: string): Promise<CallBackView[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const callBacks = await this.store.list(manager, victimId);
      await this.audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: 'portal_call_backs', victimId }, access);
      return callBacks;
    });
  }

  markDone(actor: Actor, victimId: string, callBackId: string): Promise<CallBackView> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const callBack = await this.store.markDone(manager, victimId, callBackId, actor.userId);
      await this.audit.recordFor(
        manager,
        actor,
        { action: AuditAction.Update, entityType: CALL_BACK_ENTITY, entityId: callBackId, victimId, changedFields: ['doneAt'] },
        access,
      );
      return callBack;
    });
  }
}
