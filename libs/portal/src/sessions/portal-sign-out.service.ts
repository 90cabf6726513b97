import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { PortalSessionService } from '@vs/auth';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';

@Injectable()
export class PortalSignOutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: PortalSessionService,
    private readonly audit: PortalAudit,
  ) {}

  everywhere(victim: VictimPrincipal): Promise<{ ended: number }> {
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.sessions.endAll(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Logout, entityType: 'portal_session' });
      return { ended };
    });
  }
}
