import { ApiProperty } from '@nestjs/swagger';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { NotificationPurpose, OutboxStatus } from '../notification-purpose';

/** A message as an administrator sees it: what it was for and why it failed, never what it said. */
export class DeadLetterView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: NotificationPurpose, enumName: 'NotificationPurpose' }) purpose!: NotificationPurpose;
  @ApiProperty({ enum: OutboxStatus, enumName: 'OutboxStatus' }) status!: OutboxStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: Date;

  static of(message: OutboxMessage): DeadLetterView {
    const { id, purpose, status, attempts, lastError, createdAt } = message;
    return { id, purpose, status, attempts, lastError, createdAt };
  }
}

export class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
