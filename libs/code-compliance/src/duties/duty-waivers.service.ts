import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { findVisibleCase } from '@vs/cases';
import { Actor, Clock, DataCipher, NotFoundError } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyNotOpenError, DutyNotWaivableError } from '../code-compliance.errors';
import { DutyView } from '../dto/duty.view';
import { WaiveDutyDto } from '../dto/waive-duty.dto';
import { DutyInstance } from '../entities/duty-instance.entity';
import { DutyReconciler } from '../engine/duty-reconciler';
import { knownDuty } from '../engine/known-duty';
import { statusAt } from '../engine/status-at';

/** Recording that a victim declined a duty they are owed. */
@Injectable()
export class DutyWaiversService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly victimAccess: VictimAccessService,
    private readonly reconciler: DutyReconciler,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * Waives an open, waivable duty with the victim's decision and who recorded it. Like any change
   * to a victim's case it needs the case and the victim in the caller's scope (never by breaking
   * glass); anything else is "not found".
   */
  waive(actor: Actor, caseId: string, dutyId: string, dto: WaiveDutyDto): Promise<DutyView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findVisibleCase(manager, actor, caseId);
      if (!found) throw new NotFoundError('Case', caseId);
      await this.reconciler.lockCase(manager, caseId);
      const instance = await manager.findOneBy(DutyInstance, { id: dutyId, caseId });
      const notFound = new NotFoundError('Duty', dutyId);
      if (!instance) throw notFound;
      const access = await this.victimAccess
        .assertCanAccess(manager, actor, instance.victimId)
        .catch((error: unknown) => {
          throw error instanceof NotFoundError ? notFound : error;
        });
      if (access.breakGlass) throw notFound;
      if (!knownDuty(instance.dutyCode).waivable) throw new DutyNotWaivableError(instance.dutyCode);
      const now = this.clock.now();
      const status = statusAt(instance, now);
      if (status !== DutyStatus.Pending) throw new DutyNotOpenError(status);
      await manager.update(
        DutyInstance,
        { id: dutyId },
        { waiverReason: this.cipher.encrypt(dto.reason), waivedByUserId: actor.userId, waivedAt: now },
      );
      // The engine turns the waiver into the status, and tells the change listeners.
      await this.reconciler.reconcile(manager, found.crime, instance.victimId);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'case',
        entityId: caseId,
        victimId: instance.victimId,
        changedFields: ['duties.waiver'],
        details: { dutyId, dutyCode: instance.dutyCode },
      });
      return DutyView.of(await manager.findOneByOrFail(DutyInstance, { id: dutyId }), now, this.cipher);
    });
  }
}
