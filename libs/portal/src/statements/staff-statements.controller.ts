import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { PersonalStatementView } from '../dto/personal-statement.dto';
import { StaffStatementsService } from './staff-statements.service';

@ApiTags('portal (staff)')
@Controller('victims/:id/personal-statements')
export class StaffStatementsController {
  constructor(private readonly statements: StaffStatementsService) {}

  @Get()
  @RequirePermission(Permission.PortalRequestsStaff)
  @ApiOperation({ summary: "A victim's Personal Statements (a victim in your scope), every version, per case" })
  @ApiOkResponse({ type: [PersonalStatementView] })
  @ApiNotFoundResponse({ description: 'No such victim, or not one you may see' })
  list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) victimId: string): Promise<PersonalStatementView[]> {
    return this.statements.list(actor, victimId);
  }
}
