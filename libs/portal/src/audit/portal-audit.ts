import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntry, AuditService } from '@vs/audit';
import { RequestOrigin, VictimPrincipal } from '@vs/platform';

/**
 * The role portal actions are recorded under. Victims are not staff users, so the actor has no user
 * id or organisation; the role says who acted and `victimId` says which victim. "Who has looked at
 * my record" leaves these rows out: victims know what they looked at themselves.
 */
export const VICTIM_ACTOR_ROLE = 'victim';

export interface PortalAuditEntry {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId?: string | null;
  readonly changedFields?: string[];
}

/** Audit records of what victims do in the portal, written in the caller's transaction. */
@Injectable()
export class PortalAudit {
  constructor(private readonly audit: AuditService) {}

  async record(manager: EntityManager, victim: VictimPrincipal, entry: PortalAuditEntry): Promise<void> {
    await this.recordFor(manager, victim.victimId, victim, entry, { portalSessionId: victim.portalSessionId });
  }

  /** For steps before the victim holds a session (proving who they are). */
  async recordFor(
    manager: EntityManager,
    victimId: string,
    origin: RequestOrigin,
    entry: PortalAuditEntry,
    details: AuditEntry['details'] = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      actor: { userId: null, role: VICTIM_ACTOR_ROLE, organisationId: null },
      origin: { requestId: origin.requestId, clientIp: origin.clientIp },
      victimId,
      details,
      ...entry,
    });
  }
}
