import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { CallBackView, RequestCallBackDto } from '../dto/call-back.dto';
import { PortalCallBacksService } from './portal-call-backs.service';

@ApiTags('portal')
@Controller('portal/call-backs')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalCallBacksController {
  constructor(private readonly callBacks: PortalCallBacksService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'Your call-back requests: waiting ones first' })
  @ApiOkResponse({ type: [CallBackView] })
  list(@CurrentVictim() victim: VictimPrincipal): Promise<CallBackView[]> {
    return this.callBacks.list(victim);
  }

  @Post()
  @PortalRoute()
  @ApiOperation({ summary: 'Ask to be called back, only between the times you say are safe' })
  @ApiCreatedResponse({ type: CallBackView })
  request(@CurrentVictim() victim: VictimPrincipal, @Body() dto: RequestCallBackDto): Promise<CallBackView> {
    return this.callBacks.request(victim, dto);
  }
}
