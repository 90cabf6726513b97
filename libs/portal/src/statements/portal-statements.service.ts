import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { assertFollows } from '../cases/followed-case-guard';
import { MakeStatementDto, PersonalStatementView } from '../dto/personal-statement.dto';
import { StatementStore } from './statement-store';

export const STATEMENT_ENTITY = 'victim_personal_statement';

/** The victim's own Personal Statement on a case they follow. */
@Injectable()
export class PortalStatementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StatementStore,
    private readonly audit: PortalAudit,
  ) {}

  read(victim: VictimPrincipal, caseId: string): Promise<PersonalStatementView> {
    return this.dataSource.transaction(async (manager) => {
      await assertFollows(manager, victim.victimId, caseId);
      const [view] = await this.store.of(manager, victim.victimId, caseId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: STATEMENT_ENTITY, entityId: caseId });
      return view ?? { caseId, current: null, versions: [] };
    });
  }

  make(victim: VictimPrincipal, caseId: string, dto: MakeStatementDto): Promise<PersonalStatementView> {
    return this.dataSource.transaction(async (manager) => {
      await assertFollows(manager, victim.victimId, caseId);
      const added = await this.store.addVersion(manager, victim.victimId, caseId, dto);
      await this.audit.record(manager, victim, {
        action: added.version === 1 ? AuditAction.Create : AuditAction.Update,
        entityType: STATEMENT_ENTITY,
        entityId: added.id,
        changedFields: ['text', 'readAloudInCourt', 'readAloudBy'],
      });
      const [view] = await this.store.of(manager, victim.victimId, caseId);
      return view;
    });
  }
}
