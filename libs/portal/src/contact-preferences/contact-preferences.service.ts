import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { NotFoundError, VictimPrincipal } from '@vs/platform';
import { ContactChannelKind, OwnChannel, VictimChannelSafety } from '@vs/victims';
import { PortalAudit } from '../audit/portal-audit';

const ENTITY = 'victim_contact_channels';

/** The victim's own contact preferences: seeing them, and closing a channel that is no longer safe. */
@Injectable()
export class ContactPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly channels: VictimChannelSafety,
    private readonly audit: PortalAudit,
  ) {}

  list(victim: VictimPrincipal): Promise<OwnChannel[]> {
    return this.dataSource.transaction(async (manager) => {
      const channels = await this.channels.ownChannels(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: ENTITY });
      return channels;
    });
  }

  close(victim: VictimPrincipal, channel: ContactChannelKind): Promise<OwnChannel[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.channels.close(manager, victim.victimId, channel))) throw new NotFoundError('Contact channel', channel);
      await this.audit.record(manager, victim, {
        action: AuditAction.Update,
        entityType: ENTITY,
        changedFields: [`contactChannels.${channel}.safe`],
      });
      return this.channels.ownChannels(manager, victim.victimId);
    });
  }
}
