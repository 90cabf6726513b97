import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { HearingView } from '../dto/case-view.dto';
import { CancelHearingDto, HearingOutcomeDto, ListHearingDto, MoveHearingDto } from '../dto/hearing.dto';
import { HearingsService } from './hearings.service';

@ApiTags('cases')
@Controller('cases/:id/hearings')
export class HearingsController {
  constructor(private readonly hearings: HearingsService) {}

  @Post()
  @RequirePermission(Permission.CasesRecord)
  @ApiOperation({ summary: 'List a hearing (also a hearing_listed event on the case)' })
  @ApiCreatedResponse({ type: HearingView })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ListHearingDto,
  ): Promise<HearingView> {
    return this.hearings.list(actor, id, dto);
  }

  @Post(':hearingId/move')
  @RequirePermission(Permission.CasesRecord)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move a listed hearing to another time or court' })
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'A stale version, or a hearing that is no longer listed' })
  move(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() dto: MoveHearingDto,
  ): Promise<HearingView> {
    return this.hearings.move(actor, id, hearingId, dto);
  }

  @Post(':hearingId/cancel')
  @RequirePermission(Permission.CasesRecord)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a listed hearing' })
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'A stale version, or a hearing that is no longer listed' })
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() dto: CancelHearingDto,
  ): Promise<HearingView> {
    return this.hearings.cancel(actor, id, hearingId, dto);
  }

  @Post(':hearingId/outcome')
  @RequirePermission(Permission.CasesRecord)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Record what a listed hearing decided' })
  @ApiOkResponse({ type: HearingView })
  @ApiConflictResponse({ description: 'A stale version, or a hearing that is no longer listed' })
  recordOutcome(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() dto: HearingOutcomeDto,
  ): Promise<HearingView> {
    return this.hearings.recordOutcome(actor, id, hearingId, dto);
  }
}
