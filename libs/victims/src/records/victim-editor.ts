import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditAction } from '@vs/audit';
import { Actor, updateVersioned } from '@vs/platform';
import { VictimAccessService } from '../access/victim-access.service';
import { VictimView } from '../dto/victim.view';
import { Victim } from '../entities/victim.entity';
import { VictimAudit } from './victim-audit';
import { VictimViews } from './victim-views';

export interface VictimEdit {
  /** The version the caller read. */
  readonly version: number;
  /** Names of what changes, for the audit record. */
  readonly changedFields: string[];
  /** Columns of the victim row to set, worked out from the current row. */
  readonly changes?: (current: Victim) => QueryDeepPartialEntity<Victim>;
  /** Other rows to write (contact channels), after the version check passed. */
  readonly alsoWrite?: (manager: EntityManager) => Promise<void>;
}

/**
 * The one way a victim record changes: in scope (or break glass), at the version the caller read,
 * bumping it, audited in the same transaction. Changes to contact channels count as changes to the
 * victim, so two people editing one victim's contact details cannot silently overwrite each other.
 */
@Injectable()
export class VictimEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly audit: VictimAudit,
    private readonly views: VictimViews,
  ) {}

  edit(actor: Actor, victimId: string, edit: VictimEdit): Promise<VictimView> {
    return this.dataSource.transaction(async (manager) => {
      const { breakGlass } = await this.access.assertCanAccess(manager, actor, victimId);
      const current = await manager.findOneByOrFail(Victim, { id: victimId });
      await updateVersioned(manager, Victim, 'Victim', victimId, edit.version, edit.changes?.(current) ?? {});
      await edit.alsoWrite?.(manager);
      await this.audit.record(manager, actor, victimId, AuditAction.Update, {
        changedFields: edit.changedFields,
        breakGlass,
      });
      return this.views.load(manager, victimId);
    });
  }
}
