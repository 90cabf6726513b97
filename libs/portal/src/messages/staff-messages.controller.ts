import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { MessageView, SendMessageDto } from '../dto/message.dto';
import { StaffMessagesService } from './staff-messages.service';

@ApiTags('portal (staff)')
@Controller('victims/:id/messages')
export class StaffMessagesController {
  constructor(private readonly messages: StaffMessagesService) {}

  @Get()
  @RequirePermission(Permission.PortalMessagesStaff)
  @ApiOperation({ summary: "A victim's portal messages (a victim in your scope), oldest first" })
  @ApiOkResponse({ type: [MessageView] })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) victimId: string): Promise<MessageView[]> {
    return this.messages.list(actor, victimId);
  }

  @Post()
  @RequirePermission(Permission.PortalMessagesStaff)
  @ApiOperation({ summary: 'Send a portal message to a victim; they are told over a safe channel that it is waiting' })
  @ApiCreatedResponse({ type: MessageView })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  send(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) victimId: string,
    @Body() dto: SendMessageDto,
  ): Promise<MessageView> {
    return this.messages.send(actor, victimId, dto);
  }
}
