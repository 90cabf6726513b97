import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, DataCipher } from '@vs/platform';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { NotificationPurpose, OutboxStatus } from '../notification-purpose';

export interface VictimMessage {
  readonly victimId: string;
  readonly purpose: NotificationPurpose;
  /** Template fields; never put more in a message than the victim may see. */
  readonly personalisation: Record<string, string>;
}

/** Writes messages in the caller's transaction: they exist exactly when the change that caused them does. */
@Injectable()
export class NotificationOutbox {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async enqueue(manager: EntityManager, messages: readonly VictimMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const now = this.clock.now();
    const rows = messages.map((message) =>
      manager.create(OutboxMessage, {
        victimId: message.victimId,
        purpose: message.purpose,
        personalisation: this.cipher.encrypt(JSON.stringify(message.personalisation)),
        status: OutboxStatus.Pending,
        notBefore: now,
        attempts: 0,
        lastError: null,
        outcome: null,
        notifyId: null,
        sentAt: null,
      }),
    );
    await manager.insert(OutboxMessage, rows);
    return rows.map((row) => row.id);
  }
}
