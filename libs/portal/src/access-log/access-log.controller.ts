import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { AccessLogEntryView } from '../dto/access-log.view';
import { AccessLogService } from './access-log.service';

@ApiTags('portal')
@Controller('portal/access-log')
@RateLimit(RateLimitPolicy.PortalSession)
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'Who has looked at your record: their role and organisation, and when (newest first)' })
  @ApiOkResponse({ type: [AccessLogEntryView] })
  read(@CurrentVictim() victim: VictimPrincipal): Promise<AccessLogEntryView[]> {
    return this.log.read(victim);
  }
}
