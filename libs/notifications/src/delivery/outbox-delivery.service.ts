import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DataCipher } from '@vs/platform';
import { VictimContactChannel } from '@vs/victims';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { OutboxStatus } from '../notification-purpose';
import { chooseChannel } from '../safe-contact/safe-channel';
import { MessageChannel, NotifyGateway } from './notify-gateway';

export type DeliveryResult = 'sent' | 'already_sent' | 'rescheduled' | 'diverted' | 'not_pending';

/**
 * Delivers one outbox message: by a channel that is safe now, or later when one will be, or to
 * the advocate when none ever is. The message row stays locked while Notify is called, so two
 * deliveries of one message (a stalled job run twice) never both send; a retry first asks Notify
 * whether the message already went (by its reference), so a lost response never sends twice.
 */
@Injectable()
export class OutboxDelivery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gateway: NotifyGateway,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async deliver(outboxId: string): Promise<DeliveryResult> {
    // The attempt is counted in its own transaction so that a failed send still counts.
    const attempt = await this.dataSource.transaction((manager) => this.claim(manager, outboxId));
    if (attempt === null) return 'not_pending';
    return this.dataSource.transaction((manager) => this.deliverLocked(manager, outboxId));
  }

  /** Records a failed attempt; the last one makes the message a dead letter. */
  async recordFailure(outboxId: string, error: unknown, final: boolean): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    await this.dataSource.getRepository(OutboxMessage).update(
      { id: outboxId, status: OutboxStatus.Queued },
      { lastError: reason.slice(0, 300), ...(final ? { status: OutboxStatus.Dead } : {}) },
    );
  }

  private async claim(manager: EntityManager, outboxId: string): Promise<number | null> {
    const message = await manager.findOne(OutboxMessage, { where: { id: outboxId }, lock: { mode: 'pessimistic_write' } });
    if (!message || message.status !== OutboxStatus.Queued) return null;
    await manager.increment(OutboxMessage, { id: outboxId }, 'attempts', 1);
    return message.attempts + 1;
  }

  private async deliverLocked(manager: EntityManager, outboxId: string): Promise<DeliveryResult> {
    const message = await manager.findOne(OutboxMessage, { where: { id: outboxId }, lock: { mode: 'pessimistic_write' } });
    if (!message || message.status !== OutboxStatus.Queued) return 'not_pending';
    const now = this.clock.now();
    const channels = await manager.findBy(VictimContactChannel, { victimId: message.victimId });
    const choice = chooseChannel(
      channels.map((channel) => ({
        channel: channel.channel,
        to: this.cipher.decrypt(channel.value),
        safe: channel.safe,
        safeTimes: channel.safeTimes,
      })),
      now,
    );
    if (choice.kind === 'divert') {
      await manager.update(OutboxMessage, { id: message.id }, { status: OutboxStatus.Diverted, outcome: choice.reason });
      return 'diverted';
    }
    if (choice.kind === 'later') {
      await manager.update(OutboxMessage, { id: message.id }, { status: OutboxStatus.Pending, notBefore: choice.at });
      return 'rescheduled';
    }
    const channel = choice.channel as MessageChannel;
    const existing = message.attempts > 1 ? await this.gateway.alreadySent(channel, message.id) : null;
    const notifyId =
      existing ??
      (await this.gateway.send({
        channel,
        templateId: this.gateway.templateIdFor(message.purpose),
        to: choice.to,
        personalisation: JSON.parse(this.cipher.decrypt(message.personalisation)) as Record<string, string>,
        reference: message.id,
      }));
    await manager.update(
      OutboxMessage,
      { id: message.id },
      { status: OutboxStatus.Sent, outcome: channel, notifyId, sentAt: now, lastError: null },
    );
    return existing ? 'already_sent' : 'sent';
  }
}
