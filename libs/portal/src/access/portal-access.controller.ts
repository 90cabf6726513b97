import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentOrigin, PublicRoute, RateLimit, RateLimitPolicy, RequestOrigin } from '@vs/platform';
import {
  PortalChallengeView,
  PortalTokenView,
  StartPortalAccessDto,
  VerifyPortalAccessDto,
} from '../dto/portal-access.dto';
import { PortalAccessService } from './portal-access.service';

@ApiTags('portal')
@Controller('portal/access')
export class PortalAccessController {
  constructor(private readonly access: PortalAccessService) {}

  @Post('start')
  @RateLimit(RateLimitPolicy.SignIn)
  @PublicRoute()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Ask for a one-time code: the answer is the same whether or not anything matched' })
  @ApiAcceptedResponse({ type: PortalChallengeView })
  start(@CurrentOrigin() origin: RequestOrigin, @Body() dto: StartPortalAccessDto): Promise<PortalChallengeView> {
    return this.access.start(origin, dto);
  }

  @Post('verify')
  @RateLimit(RateLimitPolicy.SignIn)
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange the one-time code for a portal token' })
  @ApiOkResponse({ type: PortalTokenView })
  @ApiUnauthorizedResponse({ description: 'Wrong, expired or used code, or too many attempts (one answer for all)' })
  verify(@CurrentOrigin() origin: RequestOrigin, @Body() dto: VerifyPortalAccessDto): Promise<PortalTokenView> {
    return this.access.verify(origin, dto);
  }
}
