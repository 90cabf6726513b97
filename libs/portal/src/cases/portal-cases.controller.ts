import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LiveSessionCheckedInQuery } from '@vs/auth';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { CaseProgressView, PortalCaseView } from '../dto/portal-case.view';
import { PortalCasesService } from './portal-cases.service';

@ApiTags('portal')
@Controller('portal/cases')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalCasesController {
  constructor(private readonly cases: PortalCasesService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'Your cases: crime reference, offence and where each stands, in plain words' })
  @ApiOkResponse({ type: [PortalCaseView] })
  list(@CurrentVictim() victim: VictimPrincipal): Promise<PortalCaseView[]> {
    return this.cases.list(victim);
  }

  @Get(':id/progress')
  @PortalRoute()
  @LiveSessionCheckedInQuery()
  @ApiOperation({ summary: 'What has happened, the next hearing, your advocate and your rights on one case' })
  @ApiOkResponse({ type: CaseProgressView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  progress(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
  ): Promise<CaseProgressView> {
    return this.cases.progress(victim, caseId);
  }
}
