import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { MakeComplaintDto, PortalRequestView, RequestReviewDto } from '../dto/portal-request.dto';
import { PortalRequestsService } from './portal-requests.service';

@ApiTags('portal')
@Controller('portal')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalRequestsController {
  constructor(private readonly requests: PortalRequestsService) {}

  @Post('cases/:id/complaints')
  @PortalRoute()
  @ApiOperation({ summary: 'Complain that an agency did not meet your rights on this case (right 12)' })
  @ApiCreatedResponse({ type: PortalRequestView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  complain(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: MakeComplaintDto,
  ): Promise<PortalRequestView> {
    return this.requests.complain(victim, caseId, dto);
  }

  @Post('cases/:id/reviews')
  @PortalRoute()
  @ApiOperation({ summary: 'Ask the police or CPS to review a decision not to charge, to discontinue or to offer no evidence' })
  @ApiCreatedResponse({ type: PortalRequestView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  requestReview(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: RequestReviewDto,
  ): Promise<PortalRequestView> {
    return this.requests.requestReview(victim, caseId, dto);
  }

  @Get('requests')
  @PortalRoute()
  @ApiOperation({ summary: 'Your complaints and review requests, newest first, with where each stands' })
  @ApiOkResponse({ type: [PortalRequestView] })
  list(@CurrentVictim() victim: VictimPrincipal): Promise<PortalRequestView[]> {
    return this.requests.list(victim);
  }

  @Get('requests/:id')
  @PortalRoute()
  @ApiOperation({ summary: 'One complaint or review request: status, due dates, answer and timeline' })
  @ApiOkResponse({ type: PortalRequestView })
  @ApiNotFoundResponse({ description: 'Not one of yours' })
  one(@CurrentVictim() victim: VictimPrincipal, @Param('id', ParseUUIDPipe) requestId: string): Promise<PortalRequestView> {
    return this.requests.one(victim, requestId);
  }
}
