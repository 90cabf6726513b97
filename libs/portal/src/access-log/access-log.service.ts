import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { Role, VictimPrincipal } from '@vs/platform';
import { PortalAudit, VICTIM_ACTOR_ROLE } from '../audit/portal-audit';
import { AccessLogEntryView } from '../dto/access-log.view';

/** The newest entries only: a page a victim can read, not the whole audit trail. */
const ENTRIES_SHOWN = 200;

const ROLE_IN_WORDS: Readonly<Record<Role, string>> = {
  [Role.Referrer]: 'A person who referred you for support',
  [Role.PoliceCaseOfficer]: 'A police officer',
  [Role.Advocate]: 'An advocate',
  [Role.ServiceManager]: 'A support service manager',
  [Role.Commissioner]: "The Victims' Commissioner's office",
  [Role.Auditor]: 'An information governance auditor',
  [Role.Admin]: 'A system administrator',
};

const roleInWords = (role: string): string => ROLE_IN_WORDS[role as Role] ?? 'A member of staff';

/** "Who has looked at my record", from the audit trail; the victim's own portal actions are left out. */
export async function accessLogOf(manager: EntityManager, victimId: string): Promise<AccessLogEntryView[]> {
  const rows: { occurred_at: Date; actor_role: string; organisation: string | null; action: string }[] =
    await manager.query(
      `SELECT event.occurred_at, event.actor_role, organisation.name AS organisation, event.action
       FROM audit_events event
       LEFT JOIN organisations organisation ON organisation.id = event.actor_organisation_id
      WHERE event.victim_id = $1 AND event.actor_role IS NOT NULL AND event.actor_role <> $2
      ORDER BY event.id DESC LIMIT ${ENTRIES_SHOWN}`,
      [victimId, VICTIM_ACTOR_ROLE],
    );
  return rows.map((row) => ({
    at: row.occurred_at,
    who: roleInWords(row.actor_role),
    organisation: row.organisation ?? 'Unknown organisation',
    action: row.action,
  }));
}

@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: PortalAudit,
  ) {}

  read(victim: VictimPrincipal): Promise<AccessLogEntryView[]> {
    return this.dataSource.transaction(async (manager) => {
      const entries = await accessLogOf(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'access_log' });
      return entries;
    });
  }
}
