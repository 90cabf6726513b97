import { Injectable, Logger } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import { AppConfig, InjectConfig } from '@vs/platform';

export type MessageChannel = 'sms' | 'email';

export interface OutgoingMessage {
  readonly channel: MessageChannel;
  readonly templateId: string;
  readonly to: string;
  readonly personalisation: Record<string, string>;
  /** The outbox id: Notify keeps it, so a retry can ask whether the message already went. */
  readonly reference: string;
}

/**
 * GOV.UK Notify, the channel UK public services use for email and SMS. Without an API key (never
 * in production) messages are logged, without their content, instead of sent.
 */
@Injectable()
export class NotifyGateway {
  private readonly logger = new Logger(NotifyGateway.name);
  private readonly client: NotifyClient | null;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.client = config.notify.apiKey ? new NotifyClient(config.notify.baseUrl, config.notify.apiKey) : null;
  }

  templateIdFor(purpose: string): string {
    return this.config.notify.templateIds[purpose] ?? `local-template-${purpose}`;
  }

  /** Sends and returns Notify's id for the notification. */
  async send(message: OutgoingMessage): Promise<string> {
    if (!this.client) {
      this.logger.log(
        { channel: message.channel, reference: message.reference },
        'Notify not configured: message logged, not sent',
      );
      return `logged-${message.reference}`;
    }
    const options = { personalisation: message.personalisation, reference: message.reference };
    const response =
      message.channel === 'sms'
        ? await this.client.sendSms(message.templateId, message.to, options)
        : await this.client.sendEmail(message.templateId, message.to, options);
    return response.data.id;
  }

  /** Notify's id of a notification already sent with this reference, if any. */
  async alreadySent(channel: MessageChannel, reference: string): Promise<string | null> {
    if (!this.client) return null;
    const response = await this.client.getNotifications(channel, undefined, reference);
    const found = (response.data as { notifications?: { id: string }[] }).notifications ?? [];
    return found[0]?.id ?? null;
  }
}
