import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntry, AuditGroupCommit, AuditService } from '@vs/audit';
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

/**
 * Audit records of what victims do in the portal: written in the caller's transaction, or for a
 * read with nothing else to write, committed together with other reads' records.
 */
@Injectable()
export class PortalAudit {
  constructor(
    private readonly audit: AuditService,
    private readonly groupCommit: AuditGroupCommit,
  ) {}

  async record(manager: EntityManager, victim: VictimPrincipal, entry: PortalAuditEntry): Promise<void> {
    await this.audit.record(
      manager,
      this.entryOf(victim.victimId, victim, entry, { portalSessionId: victim.portalSessionId }),
    );
  }

  /** A read made outside any transaction; resolves once its record is committed. */
  async recordRead(victim: VictimPrincipal, entry: Omit<PortalAuditEntry, 'action'>): Promise<void> {
    await this.groupCommit.record(
      this.entryOf(
        victim.victimId,
        victim,
        { action: AuditAction.Read, ...entry },
        { portalSessionId: victim.portalSessionId },
      ),
    );
  }

  /** For steps before the victim holds a session (proving who they are). */
  async recordFor(
    manager: EntityManager,
    victimId: string,
    origin: RequestOrigin,
    entry: PortalAuditEntry,
    details: AuditEntry['details'] = {},
  ): Promise<void> {
    await this.audit.record(manager, this.entryOf(victimId, origin, entry, details));
  }

  private entryOf(
    victimId: string,
    origin: RequestOrigin,
    entry: PortalAuditEntry,
    details: AuditEntry['details'],
  ): AuditEntry {
    return {
      actor: { userId: null, role: VICTIM_ACTOR_ROLE, organisationId: null },
      origin: { requestId: origin.requestId, clientIp: origin.clientIp },
      victimId,
      details,
      ...entry,
    };
  }
}
