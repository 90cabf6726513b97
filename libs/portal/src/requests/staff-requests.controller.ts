import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { AnswerRequestDto, PortalRequestView } from '../dto/portal-request.dto';
import { StaffRequestsService } from './staff-requests.service';

@ApiTags('portal (staff)')
@Controller('victims/:id/portal-requests')
export class StaffRequestsController {
  constructor(private readonly requests: StaffRequestsService) {}

  @Get()
  @RequirePermission(Permission.PortalRequestsStaff)
  @ApiOperation({ summary: "A victim's complaints and review requests (a victim in your scope), with due dates" })
  @ApiOkResponse({ type: [PortalRequestView] })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) victimId: string): Promise<PortalRequestView[]> {
    return this.requests.list(actor, victimId);
  }

  @Post(':requestId/acknowledgement')
  @RequirePermission(Permission.PortalRequestsStaff)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Acknowledge a complaint or review request' })
  @ApiOkResponse({ type: PortalRequestView })
  @ApiConflictResponse({ description: 'Already acknowledged' })
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) victimId: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
  ): Promise<PortalRequestView> {
    return this.requests.acknowledge(actor, victimId, requestId);
  }

  @Post(':requestId/answer')
  @RequirePermission(Permission.PortalRequestsStaff)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Answer a complaint or review request (final); the victim sees it in the portal' })
  @ApiOkResponse({ type: PortalRequestView })
  @ApiConflictResponse({ description: 'Already answered' })
  answer(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) victimId: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: AnswerRequestDto,
  ): Promise<PortalRequestView> {
    return this.requests.answer(actor, victimId, requestId, dto);
  }
}
