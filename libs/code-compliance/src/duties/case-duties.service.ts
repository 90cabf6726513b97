import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditEntry, auditFieldsOf, AuditService } from '@vs/audit';
import { CaseReadAccess } from '@vs/cases';
import { Actor, Clock, DataCipher } from '@vs/platform';
import { CaseDutiesView, DutyView } from '../dto/duty.view';
import { DutyInstance } from '../entities/duty-instance.entity';

/** The Victims' Code duties of one case, for staff who may read the case. */
@Injectable()
export class CaseDutiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly caseAccess: CaseReadAccess,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * Every duty of the case, oldest trigger first. Scoped exactly like the case detail (break glass
   * included) and audited like it: one record per victim whose duties were shown, in the read.
   */
  list(actor: Actor, caseId: string): Promise<CaseDutiesView> {
    return this.dataSource.transaction(async (manager) => {
      const { breakGlass } = await this.caseAccess.find(manager, actor, caseId);
      const duties = await manager.find(DutyInstance, {
        where: { caseId },
        order: { triggeredAt: 'ASC', right: 'ASC', dutyCode: 'ASC', victimId: 'ASC' },
      });
      const entry: AuditEntry = {
        ...auditFieldsOf(actor, { breakGlass }),
        action: AuditAction.Read,
        entityType: 'case',
        entityId: caseId,
        details: { part: 'duties' },
      };
      const victimIds = [...new Set(duties.map((duty) => duty.victimId))];
      await this.audit.recordMany(
        manager,
        victimIds.length === 0 ? [entry] : victimIds.map((victimId) => ({ ...entry, victimId })),
      );
      const now = this.clock.now();
      return { caseId, breakGlass, duties: duties.map((duty) => DutyView.of(duty, now, this.cipher)) };
    });
  }
}
