import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DataCipher } from '@vs/platform';
import { MessageView } from '../dto/message.dto';
import { PortalMessage, PortalMessageDirection } from '../entities/portal-message.entity';

/** The most recent messages shown in a conversation. */
const MESSAGES_SHOWN = 100;

export interface NewMessage {
  readonly victimId: string;
  readonly direction: PortalMessageDirection;
  readonly body: string;
  readonly staff: { userId: string; organisationId: string } | null;
}

/** One victim's conversation with staff: stored encrypted, listed oldest first. */
@Injectable()
export class MessageStore {
  constructor(private readonly cipher: DataCipher) {}

  async conversation(manager: EntityManager, victimId: string): Promise<MessageView[]> {
    const rows: {
      id: string;
      direction: PortalMessageDirection;
      body: string;
      sender_name: string | null;
      sent_at: Date;
    }[] = await manager.query(
      `SELECT message.id, message.direction, message.body, staff.display_name AS sender_name, message.sent_at
           FROM portal_messages message LEFT JOIN staff_users staff ON staff.id = message.staff_user_id
          WHERE message.victim_id = $1 ORDER BY message.id DESC LIMIT ${MESSAGES_SHOWN}`,
      [victimId],
    );
    return rows.reverse().map((row) => ({
      id: row.id,
      direction: row.direction,
      body: this.cipher.decrypt(row.body),
      senderName: row.sender_name,
      sentAt: row.sent_at,
    }));
  }

  async add(manager: EntityManager, message: NewMessage): Promise<MessageView> {
    const row = manager.create(PortalMessage, {
      victimId: message.victimId,
      direction: message.direction,
      body: this.cipher.encrypt(message.body),
      staffUserId: message.staff?.userId ?? null,
      staffOrganisationId: message.staff?.organisationId ?? null,
    });
    const inserted = await manager.insert(PortalMessage, row);
    const sentAt = (inserted.generatedMaps[0] as { sentAt: Date }).sentAt;
    // The sender's name comes with the conversation; the one sending knows who they are.
    return { id: row.id, direction: row.direction, body: message.body, senderName: null, sentAt };
  }
}
