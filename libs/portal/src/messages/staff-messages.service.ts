import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { NotificationOutbox, NotificationPurpose } from '@vs/notifications';
import { Actor } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { MessageView, SendMessageDto } from '../dto/message.dto';
import { PortalMessageDirection } from '../entities/portal-message.entity';
import { MessageStore } from './message-store';

/**
 * The staff side of a victim's conversation, for victims in the caller's scope. The notice sent to
 * the victim only says a message is waiting: the text itself stays behind the portal's sign-in,
 * since a phone or inbox may be seen by the person who harms them.
 */
@Injectable()
export class StaffMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly store: MessageStore,
    private readonly outbox: NotificationOutbox,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, victimId: string): Promise<MessageView[]> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const messages = await this.store.conversation(manager, victimId);
      await this.audit.recordFor(
        manager,
        actor,
        { action: AuditAction.Read, entityType: 'portal_messages', victimId },
        access,
      );
      return messages;
    });
  }

  send(actor: Actor, victimId: string, dto: SendMessageDto): Promise<MessageView> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      const message = await this.store.add(manager, {
        victimId,
        direction: PortalMessageDirection.ToVictim,
        body: dto.body,
        staff: { userId: actor.userId, organisationId: actor.organisationId },
      });
      await this.outbox.enqueue(manager, [
        {
          victimId,
          purpose: NotificationPurpose.AdvocateMessage,
          personalisation: { notice: 'You have a new message in the victim portal.' },
        },
      ]);
      await this.audit.recordFor(
        manager,
        actor,
        { action: AuditAction.Create, entityType: 'portal_message', entityId: message.id, victimId },
        access,
      );
      return message;
    });
  }
}
