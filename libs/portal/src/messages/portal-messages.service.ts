import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { MessageView, SendMessageDto } from '../dto/message.dto';
import { PortalMessageDirection } from '../entities/portal-message.entity';
import { MessageStore } from './message-store';

/** The victim's side of the conversation with the staff supporting them. */
@Injectable()
export class PortalMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: MessageStore,
    private readonly audit: PortalAudit,
  ) {}

  list(victim: VictimPrincipal): Promise<MessageView[]> {
    return this.dataSource.transaction(async (manager) => {
      const messages = await this.store.conversation(manager, victim.victimId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: 'portal_messages' });
      return messages;
    });
  }

  send(victim: VictimPrincipal, dto: SendMessageDto): Promise<MessageView> {
    return this.dataSource.transaction(async (manager) => {
      const message = await this.store.add(manager, {
        victimId: victim.victimId,
        direction: PortalMessageDirection.FromVictim,
        body: dto.body,
        staff: null,
      });
      await this.audit.record(manager, victim, {
        action: AuditAction.Create,
        entityType: 'portal_message',
        entityId: message.id,
      });
      return message;
    });
  }
}
