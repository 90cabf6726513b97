import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService, auditFieldsOf } from '@vs/audit';
import { Actor } from '@vs/platform';

export const VICTIM_ENTITY = 'victim';

type Details = Record<string, string | number | boolean | null>;

/** Every read and change of a victim record leaves one audit record, in the same transaction. */
@Injectable()
export class VictimAudit {
  constructor(private readonly audit: AuditService) {}

  record(
    manager: EntityManager,
    actor: Actor,
    victimId: string,
    action: AuditAction,
    options: { changedFields?: string[]; breakGlass?: boolean; details?: Details } = {},
  ): Promise<void> {
    return this.audit.recordFor(
      manager,
      actor,
      {
        action,
        entityType: VICTIM_ENTITY,
        entityId: victimId,
        victimId,
        changedFields: options.changedFields ?? [],
        details: options.details ?? {},
      },
      { breakGlass: options.breakGlass ?? false },
    );
  }

  /** One record per victim a list showed. */
  recordListRead(manager: EntityManager, actor: Actor, victimIds: string[]): Promise<void> {
    return this.audit.recordMany(
      manager,
      victimIds.map((victimId) => ({
        ...auditFieldsOf(actor),
        action: AuditAction.Read,
        entityType: VICTIM_ENTITY,
        entityId: victimId,
        victimId,
        details: { list: true },
      })),
    );
  }
}
