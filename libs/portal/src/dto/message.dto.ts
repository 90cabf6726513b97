import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PortalMessageDirection } from '../entities/portal-message.entity';

export class SendMessageDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  body!: string;
}

export class MessageView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: PortalMessageDirection })
  direction!: PortalMessageDirection;

  @ApiProperty()
  body!: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who wrote a message to the victim' })
  senderName!: string | null;

  @ApiProperty()
  sentAt!: Date;
}
