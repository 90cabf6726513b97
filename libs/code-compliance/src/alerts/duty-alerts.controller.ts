import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import { DutyAlertPage, DutyAlertQueryDto, DutyAlertView } from '../dto/duty-alert.dto';
import { DutyAlertsService } from './duty-alerts.service';

@ApiTags('victims-code')
@Controller('duty-alerts')
export class DutyAlertsController {
  constructor(private readonly alerts: DutyAlertsService) {}

  @Get()
  @RequirePermission(Permission.DutyAlertsManage)
  @ApiOperation({ summary: 'Breached Victims’ Code duties your organisation answers for, newest first' })
  @ApiOkResponse({ type: DutyAlertPage })
  list(@CurrentActor() actor: Actor, @Query() query: DutyAlertQueryDto): Promise<Page<DutyAlertView>> {
    return this.alerts.list(actor, query);
  }

  @Post(':id/read')
  @RequirePermission(Permission.DutyAlertsManage)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: DutyAlertView })
  @ApiNotFoundResponse({ description: 'No such alert for your organisation' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DutyAlertView> {
    return this.alerts.markRead(actor, id);
  }

  @Post(':id/acknowledge')
  @RequirePermission(Permission.DutyAlertsManage)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: DutyAlertView })
  @ApiNotFoundResponse({ description: 'No such alert for your organisation' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<DutyAlertView> {
    return this.alerts.acknowledge(actor, id);
  }
}
