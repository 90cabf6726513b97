import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { MessageView, SendMessageDto } from '../dto/message.dto';
import { PortalMessagesService } from './portal-messages.service';

@ApiTags('portal')
@Controller('portal/messages')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalMessagesController {
  constructor(private readonly messages: PortalMessagesService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'Your messages with your advocate, oldest first (the latest 100)' })
  @ApiOkResponse({ type: [MessageView] })
  list(@CurrentVictim() victim: VictimPrincipal): Promise<MessageView[]> {
    return this.messages.list(victim);
  }

  @Post()
  @PortalRoute()
  @ApiOperation({ summary: 'Send a message to your advocate' })
  @ApiCreatedResponse({ type: MessageView })
  send(@CurrentVictim() victim: VictimPrincipal, @Body() dto: SendMessageDto): Promise<MessageView> {
    return this.messages.send(victim, dto);
  }
}
