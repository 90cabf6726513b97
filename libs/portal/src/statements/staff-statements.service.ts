import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { PersonalStatementView } from '../dto/personal-statement.dto';
import { STATEMENT_ENTITY } from './portal-statements.service';
import { StatementStore } from './statement-store';

/** Staff reading the Personal Statements of a victim in their scope (for court, or to support them). */
@Injectable()
export class StaffStatementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly store: StatementStore,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, victimId: string): Promise<PersonalStatementView[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const statements = await this.store.of(manager, victimId);
      await this.audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: STATEMENT_ENTITY, victimId }, access);
      return statements;
    });
  }
}
