import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@vs/platform';
import { AuditEntry, AuditOutcome } from './audit-entry';
import { AuditEvent } from './entities/audit-event.entity';

type AuditEventRow = Omit<AuditEvent, 'id' | 'occurredAt'>;

const toRow = (entry: AuditEntry): AuditEventRow => {
  const breakGlassReason = entry.breakGlassReason ?? null;
  return {
    actorUserId: entry.actor?.userId ?? null,
    actorRole: entry.actor?.role ?? null,
    actorOrganisationId: entry.actor?.organisationId ?? null,
    action: entry.action,
    outcome: entry.outcome ?? AuditOutcome.Success,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    victimId: entry.victimId ?? null,
    purpose: entry.purpose ?? null,
    breakGlassReason,
    flaggedForReview: breakGlassReason !== null,
    requestId: entry.origin.requestId,
    clientIp: entry.origin.clientIp,
    changedFields: entry.changedFields ?? [],
    details: entry.details ?? {},
  };
};

/**
 * Everything an `Actor` says about itself that belongs in an audit record. The break-glass reason
 * is kept (and the record flagged for review) only when the access needed it: a reason sent with
 * an in-scope request is not an out-of-scope access.
 */
export const auditFieldsOf = (
  actor: Actor,
  access: { breakGlass: boolean } = { breakGlass: false },
): Pick<AuditEntry, 'actor' | 'origin' | 'purpose' | 'breakGlassReason'> => ({
  actor: { userId: actor.userId, role: actor.role, organisationId: actor.organisationId },
  origin: { requestId: actor.requestId, clientIp: actor.clientIp },
  purpose: actor.purpose,
  breakGlassReason: access.breakGlass ? actor.breakGlassReason : null,
});

/**
 * Writes audit records through the caller's EntityManager, so a record commits or rolls back
 * with the action it describes. Pass the manager of the action's transaction; for an action
 * with nothing else to write (a failed login) any manager will do.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.insert(manager, [entry]);
  }

  /** One INSERT for many records, e.g. one per victim shown by a list read. */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    await this.insert(manager, entries);
  }

  async recordFor(
    manager: EntityManager,
    actor: Actor,
    entry: Omit<AuditEntry, 'actor' | 'origin' | 'purpose' | 'breakGlassReason'>,
    access: { breakGlass: boolean } = { breakGlass: false },
  ): Promise<void> {
    await this.insert(manager, [{ ...entry, ...auditFieldsOf(actor, access) }]);
  }

  /** Returns the ids given to the records, in order. */
  async insert(manager: EntityManager, entries: AuditEntry[]): Promise<string[]> {
    if (entries.length === 0) return [];
    const result = await manager.insert(AuditEvent, entries.map(toRow));
    return result.identifiers.map((identifier) => String(identifier.id));
  }
}
