import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { RecordCaseEventDto } from '../dto/case-event.dto';
import { RecordedCaseEventView } from '../dto/case-view.dto';
import { CaseEventsService } from './case-events.service';

@ApiTags('cases')
@Controller('cases/:id/events')
export class CaseEventsController {
  constructor(private readonly events: CaseEventsService) {}

  @Post()
  @RequirePermission(Permission.CasesRecord)
  @ApiOperation({ summary: 'Record a milestone of a case your organisation recorded, optionally moving its stage' })
  @ApiCreatedResponse({ type: RecordedCaseEventView })
  @ApiConflictResponse({
    description: 'A stale version (with currentVersion), or a transition the journey does not allow',
  })
  record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordCaseEventDto,
  ): Promise<RecordedCaseEventView> {
    return this.events.record(actor, id, dto);
  }
}
