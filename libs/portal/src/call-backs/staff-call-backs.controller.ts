import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { CallBackView } from '../dto/call-back.dto';
import { StaffCallBacksService } from './staff-call-backs.service';

@ApiTags('portal (staff)')
@Controller('victims/:id/call-backs')
export class StaffCallBacksController {
  constructor(private readonly callBacks: StaffCallBacksService) {}

  @Get()
  @RequirePermission(Permission.PortalRequestsStaff)
  @ApiOperation({ summary: 'The call-backs a victim in your scope asked for, with their safe windows' })
  @ApiOkResponse({ type: [CallBackView] })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) victimId: string): Promise<CallBackView[]> {
    return this.callBacks.list(actor, victimId);
  }

  @Post(':callBackId/done')
  @RequirePermission(Permission.PortalRequestsStaff)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark a call-back as done' })
  @ApiOkResponse({ type: CallBackView })
  @ApiConflictResponse({ description: 'Already done' })
  markDone(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) victimId: string,
    @Param('callBackId', ParseUUIDPipe) callBackId: string,
  ): Promise<CallBackView> {
    return this.callBacks.markDone(actor, victimId, callBackId);
  }
}
