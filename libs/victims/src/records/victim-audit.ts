import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntry, AuditService, auditFieldsOf } from '@vs/audit';
import { Actor } from '@vs/platform';

export const VICTIM_ENTITY = 'victim';

type Details = Record<string, string | number | boolean | null>;

export interface VictimAuditOptions {
  readonly changedFields?: string[];
  readonly breakGlass?: boolean;
  readonly details?: Details;
}

/** Every read and change of a victim record leaves one audit record, in the same transaction. */
@Injectable()
export class VictimAudit {
  constructor(private readonly audit: AuditService) {}

  record(
    manager: EntityManager,
    actor: Actor,
    victimId: string,
    action: AuditAction,
    options: VictimAuditOptions = {},
  ): Promise<void> {
    return this.audit.record(manager, this.entry(actor, victimId, action, options));
  }

  /** The record itself, for a caller that writes it with others in one insert. */
  entry(actor: Actor, victimId: string, action: AuditAction, options: VictimAuditOptions = {}): AuditEntry {
    return {
      ...auditFieldsOf(actor, { breakGlass: options.breakGlass ?? false }),
      action,
      entityType: VICTIM_ENTITY,
      entityId: victimId,
      victimId,
      changedFields: options.changedFields ?? [],
      details: options.details ?? {},
    };
  }

  /** Writes records built by `entry`, in one insert. */
  recordEntries(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    return this.audit.recordMany(manager, entries);
  }

  /** One record per victim a list showed. */
  recordListRead(manager: EntityManager, actor: Actor, victimIds: string[]): Promise<void> {
    return this.audit.recordMany(
      manager,
      victimIds.map((victimId) => this.entry(actor, victimId, AuditAction.Read, { details: { list: true } })),
    );
  }
}
