import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptsBreakGlass, Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { CaseDutiesView, DutyView } from '../dto/duty.view';
import { WaiveDutyDto } from '../dto/waive-duty.dto';
import { CaseDutiesService } from './case-duties.service';
import { DutyWaiversService } from './duty-waivers.service';

@ApiTags('victims-code')
@Controller('cases/:id/duties')
export class CaseDutiesController {
  constructor(
    private readonly duties: CaseDutiesService,
    private readonly waivers: DutyWaiversService,
  ) {}

  @Get()
  @RequirePermission(Permission.CasesRead)
  @ApiOperation({ summary: 'The Victims’ Code duties of a case: status, due time, fulfilment, waiver (audited read)' })
  @AcceptsBreakGlass()
  @ApiOkResponse({ type: CaseDutiesView })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see' })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDutiesView> {
    return this.duties.list(actor, id);
  }

  @Post(':dutyId/waiver')
  @RequirePermission(Permission.DutiesWaive)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Record that the victim declined a waivable, still pending duty' })
  @ApiOkResponse({ type: DutyView })
  @ApiNotFoundResponse({ description: 'No such duty, or not one of a victim you may act for' })
  @ApiConflictResponse({ description: 'duty_not_waivable, or duty_not_open (met, breached, already waived...)' })
  waive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('dutyId', ParseUUIDPipe) dutyId: string,
    @Body() dto: WaiveDutyDto,
  ): Promise<DutyView> {
    return this.waivers.waive(actor, id, dutyId, dto);
  }
}
