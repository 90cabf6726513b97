import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { CreatePortalInvitationDto, PortalInvitationView } from '../dto/portal-invitation.dto';
import { PortalInvitationsService } from './portal-invitations.service';

@ApiTags('portal (staff)')
@Controller('victims/:id/portal-invitations')
export class PortalInvitationsController {
  constructor(private readonly invitations: PortalInvitationsService) {}

  @Post()
  @RequirePermission(Permission.PortalInvite)
  @ApiOperation({ summary: 'Invite a victim in your scope to follow one of their cases in the portal' })
  @ApiCreatedResponse({ type: PortalInvitationView })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) victimId: string,
    @Body() dto: CreatePortalInvitationDto,
  ): Promise<PortalInvitationView> {
    return this.invitations.invite(actor, victimId, dto);
  }
}
