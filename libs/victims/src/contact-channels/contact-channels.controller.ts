import { Body, Controller, Delete, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { PutContactChannelDto } from '../dto/contact-channel.dto';
import { ContactChannelParams, VersionQueryDto } from '../dto/victim-params.dto';
import { VictimView } from '../dto/victim.view';
import { ContactChannelsService } from './contact-channels.service';

@ApiTags('victims')
@Controller('victims')
export class ContactChannelsController {
  constructor(private readonly channels: ContactChannelsService) {}

  @Put(':id/contact-channels/:channel')
  @RequirePermission(Permission.VictimsUpdate)
  @ApiOkResponse({ type: VictimView })
  put(
    @CurrentActor() actor: Actor,
    @Param() params: ContactChannelParams,
    @Body() dto: PutContactChannelDto,
  ): Promise<VictimView> {
    return this.channels.put(actor, params.id, params.channel, dto);
  }

  @Delete(':id/contact-channels/:channel')
  @RequirePermission(Permission.VictimsUpdate)
  @ApiOkResponse({ type: VictimView })
  remove(
    @CurrentActor() actor: Actor,
    @Param() params: ContactChannelParams,
    @Query() query: VersionQueryDto,
  ): Promise<VictimView> {
    return this.channels.remove(actor, params.id, params.channel, query.version);
  }
}
