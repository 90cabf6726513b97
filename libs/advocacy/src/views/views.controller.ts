import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { CaseloadQueryDto, CaseloadView, ServiceDashboardView } from '../dto/caseload.view';
import { CaseloadService } from './caseload.service';
import { ServiceDashboardService } from './service-dashboard.service';

@ApiTags('advocacy')
@Controller()
export class ViewsController {
  constructor(
    private readonly caseloads: CaseloadService,
    private readonly dashboards: ServiceDashboardService,
  ) {}

  @Get('caseload')
  @RequirePermission(Permission.CaseloadRead)
  @ApiOperation({ summary: 'Your open referrals, highest risk first, then what is due soonest' })
  @ApiOkResponse({ type: CaseloadView })
  caseload(@CurrentActor() actor: Actor, @Query() query: CaseloadQueryDto): Promise<CaseloadView> {
    return this.caseloads.caseload(actor, query);
  }

  @Get('service-dashboard')
  @RequirePermission(Permission.ServiceDashboardRead)
  @ApiOperation({
    summary: 'Your service: load against capacity, waiting referrals, overdue first contacts, unreached high risk',
  })
  @ApiOkResponse({ type: ServiceDashboardView })
  dashboard(@CurrentActor() actor: Actor): Promise<ServiceDashboardView> {
    return this.dashboards.dashboard(actor);
  }
}
