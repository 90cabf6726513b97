import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { ConsentView, RecordConsentDto, WithdrawConsentDto } from '../dto/consent.dto';
import { ConsentParams, VictimParams } from '../dto/victim-params.dto';
import { ConsentsService } from './consents.service';

@ApiTags('victims')
@Controller('victims')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Post(':id/consents')
  @RequirePermission(Permission.VictimsUpdate)
  @ApiCreatedResponse({ type: ConsentView })
  record(
    @CurrentActor() actor: Actor,
    @Param() params: VictimParams,
    @Body() dto: RecordConsentDto,
  ): Promise<ConsentView> {
    return this.consents.record(actor, params.id, dto);
  }

  @Post(':id/consents/:consentId/withdraw')
  @RequirePermission(Permission.VictimsUpdate)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ConsentView })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param() params: ConsentParams,
    @Body() dto: WithdrawConsentDto,
  ): Promise<ConsentView> {
    return this.consents.withdraw(actor, params.id, params.consentId, dto);
  }
}
