import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { QueueName } from '@vs/platform';
import { DeadLettersController } from './admin/dead-letters.controller';
import { DeadLetters } from './admin/dead-letters.service';
import { DivertedMessagesController } from './diverted/diverted-messages.controller';
import { DivertedMessages } from './diverted/diverted-messages.service';
import { NotificationsProcessor } from './delivery/notifications.processor';
import { NotifyGateway } from './delivery/notify-gateway';
import { OutboxDelivery } from './delivery/outbox-delivery.service';
import { NotificationOutbox } from './outbox/notification-outbox.service';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { OutboxOrphanSweep } from './outbox/orphan-sweep.service';
import { OutboxRelayScheduler } from './outbox/outbox-relay.scheduler';

/**
 * The API's half: features write messages to the outbox; advocates see what could not be sent
 * safely; administrators see and retry dead letters.
 */
@Module({
  imports: [AuditModule],
  controllers: [DeadLettersController, DivertedMessagesController],
  providers: [NotificationOutbox, DeadLetters, DivertedMessages],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}

/** The worker's half: relays the outbox to BullMQ every second and delivers over safe channels. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Notifications })],
  providers: [
    OutboxRelay,
    OutboxRelayScheduler,
    OutboxOrphanSweep,
    OutboxDelivery,
    NotifyGateway,
    NotificationsProcessor,
  ],
  exports: [OutboxRelay, OutboxDelivery],
})
export class NotificationsWorkerModule {}
