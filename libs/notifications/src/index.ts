export * from './delivery/notify-gateway';
export * from './delivery/outbox-delivery.service';
export * from './entities/outbox-message.entity';
export * from './notification-purpose';
export * from './notifications.module';
export * from './outbox/notification-outbox.service';
export * from './outbox/outbox-relay.service';
export * from './safe-contact/safe-channel';
