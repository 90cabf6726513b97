import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { MakeStatementDto, PersonalStatementView } from '../dto/personal-statement.dto';
import { PortalStatementsService } from './portal-statements.service';

@ApiTags('portal')
@Controller('portal/cases/:id/personal-statement')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalStatementsController {
  constructor(private readonly statements: PortalStatementsService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'Your Victim Personal Statement on one case, with every earlier version' })
  @ApiOkResponse({ type: PersonalStatementView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  read(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
  ): Promise<PersonalStatementView> {
    return this.statements.read(victim, caseId);
  }

  @Post()
  @PortalRoute()
  @ApiOperation({ summary: 'Make your statement, or change it: a change adds a new version and keeps the old ones' })
  @ApiCreatedResponse({ type: PersonalStatementView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  make(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: MakeStatementDto,
  ): Promise<PersonalStatementView> {
    return this.statements.make(victim, caseId, dto);
  }
}
