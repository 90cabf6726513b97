import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DataCipher } from '@vs/platform';
import { VictimContactChannel } from '@vs/victims';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { OutboxStatus } from '../notification-purpose';
import { DUE_MS_SQL } from '../outbox/deliver-job';
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

  /**
   * `dueMs` is the due time the delivery job was relayed for: the job may also deliver a row still
   * pending at that time, whose relay rolled back after Redis took the job. Without it (or for a
   * row rescheduled since) only a queued message is delivered.
   */
  async deliver(outboxId: string, dueMs?: number): Promise<DeliveryResult> {
    // The attempt is counted in its own statement so that a failed send still counts.
    if (!(await this.claim(outboxId, dueMs))) return 'not_pending';
    return this.dataSource.transaction((manager) => this.deliverLocked(manager, outboxId));
  }

  /** Records a failed attempt; the last one makes the message a dead letter. */
  async recordFailure(outboxId: string, error: unknown, final: boolean): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    await this.dataSource
      .getRepository(OutboxMessage)
      .update(
        { id: outboxId, status: OutboxStatus.Queued },
        { lastError: reason.slice(0, 300), ...(final ? { status: OutboxStatus.Dead } : {}) },
      );
  }

  /**
   * Marks the message queued and counts the attempt, if this job may deliver it. The update waits
   * for a relay still holding the row, then sees what that relay left: queued if it committed,
   * pending at this job's due time if it rolled back. Either way the next relay run finds nothing
   * to relay, so it cannot hand the row to a job id whose job has already finished.
   */
  private async claim(outboxId: string, dueMs: number | undefined): Promise<boolean> {
    const [, claimed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE notification_outbox SET status = $2, attempts = attempts + 1
        WHERE id = $1 AND (status = $2 OR (status = $3 AND ${DUE_MS_SQL} = $4))`,
      [outboxId, OutboxStatus.Queued, OutboxStatus.Pending, dueMs ?? null],
    );
    return claimed === 1;
  }

  private async deliverLocked(manager: EntityManager, outboxId: string): Promise<DeliveryResult> {
    const message = await manager.findOne(OutboxMessage, {
      where: { id: outboxId },
      lock: { mode: 'pessimistic_write' },
    });
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
      await manager.update(
        OutboxMessage,
        { id: message.id },
        { status: OutboxStatus.Diverted, outcome: choice.reason },
      );
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
