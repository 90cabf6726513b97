import { ApiProperty } from '@nestjs/swagger';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { NotificationPurpose } from '../notification-purpose';

export class DivertedMessageView {
  @ApiProperty() id!: string;
  @ApiProperty() victimId!: string;
  @ApiProperty({ enum: NotificationPurpose, enumName: 'NotificationPurpose' }) purpose!: NotificationPurpose;
  @ApiProperty({ description: 'What the message would have said (template fields)' })
  content!: Record<string, string>;
  @ApiProperty() createdAt!: Date;

  static of(message: OutboxMessage, content: Record<string, string>): DivertedMessageView {
    return {
      id: message.id,
      victimId: message.victimId,
      purpose: message.purpose,
      content,
      createdAt: message.createdAt,
    };
  }
}

export class DivertedMessagePage {
  @ApiProperty({ type: [DivertedMessageView] }) items!: DivertedMessageView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
