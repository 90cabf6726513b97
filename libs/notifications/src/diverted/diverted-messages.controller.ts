import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, CursorQueryDto, Page, Permission, RequirePermission } from '@vs/platform';
import { DivertedMessagePage, DivertedMessageView } from './diverted-message.view';
import { DivertedMessages } from './diverted-messages.service';

@ApiTags('notifications')
@Controller('notifications/diverted')
export class DivertedMessagesController {
  constructor(private readonly diverted: DivertedMessages) {}

  @Get()
  @RequirePermission(Permission.VictimsRead)
  @ApiOperation({ summary: 'Messages to victims in your scope that no safe channel could carry: pass them on safely' })
  @ApiOkResponse({ type: DivertedMessagePage })
  list(@CurrentActor() actor: Actor, @Query() query: CursorQueryDto): Promise<Page<DivertedMessageView>> {
    return this.diverted.list(actor, query);
  }
}
