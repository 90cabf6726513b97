import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { PortalSignOutService } from './portal-sign-out.service';

@ApiTags('portal')
@Controller('portal/sessions')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalSessionsController {
  constructor(private readonly signOut: PortalSignOutService) {}

  @Post('end-all')
  @PortalRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign out everywhere: every portal session of yours ends at once' })
  @ApiOkResponse({ schema: { properties: { ended: { type: 'integer' } } } })
  endAll(@CurrentVictim() victim: VictimPrincipal): Promise<{ ended: number }> {
    return this.signOut.everywhere(victim);
  }
}
