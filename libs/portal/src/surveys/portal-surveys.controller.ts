import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { AnswerSurveyDto, SurveyAnswerView } from '../dto/survey.dto';
import { PortalSurveysService } from './portal-surveys.service';

@ApiTags('portal')
@Controller('portal/cases/:id/survey-answers')
@RateLimit(RateLimitPolicy.PortalSession)
export class PortalSurveysController {
  constructor(private readonly surveys: PortalSurveysService) {}

  @Get()
  @PortalRoute()
  @ApiOperation({ summary: 'The survey answers you gave on this case' })
  @ApiOkResponse({ type: [SurveyAnswerView] })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  list(@CurrentVictim() victim: VictimPrincipal, @Param('id', ParseUUIDPipe) caseId: string): Promise<SurveyAnswerView[]> {
    return this.surveys.list(victim, caseId);
  }

  @Post()
  @PortalRoute()
  @ApiOperation({ summary: 'Tell us how the support went (after your referral, or after the outcome)' })
  @ApiCreatedResponse({ type: SurveyAnswerView })
  @ApiNotFoundResponse({ description: 'Not one of your cases' })
  @ApiConflictResponse({ description: 'You already answered at this point' })
  answer(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('id', ParseUUIDPipe) caseId: string,
    @Body() dto: AnswerSurveyDto,
  ): Promise<SurveyAnswerView> {
    return this.surveys.answer(victim, caseId, dto);
  }
}
