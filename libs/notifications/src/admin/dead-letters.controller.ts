import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, CursorQueryDto, Page, Permission, RequirePermission } from '@vs/platform';
import { DeadLetterPage, DeadLetterView } from './dead-letter.view';
import { DeadLetters } from './dead-letters.service';

@ApiTags('admin')
@Controller('admin/notifications/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @RequirePermission(Permission.NotificationsAdmin)
  @ApiOperation({ summary: 'Messages whose retries ran out, newest first (no content)' })
  @ApiOkResponse({ type: DeadLetterPage })
  list(@Query() query: CursorQueryDto): Promise<Page<DeadLetterView>> {
    return this.deadLetters.list(query);
  }

  @Post(':id/retry')
  @RequirePermission(Permission.NotificationsAdmin)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send a dead letter again' })
  @ApiOkResponse({ type: DeadLetterView })
  retry(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DeadLetterView> {
    return this.deadLetters.retry(actor, id);
  }
}
