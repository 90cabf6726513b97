import { Controller, Get, HttpCode, HttpStatus, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { ContactChannelKind, OwnChannel } from '@vs/victims';
import { ContactPreferencesService } from './contact-preferences.service';

class OwnChannelView implements OwnChannel {
  @ApiProperty({ enum: ContactChannelKind, enumName: 'ContactChannelKind' }) channel!: ContactChannelKind;
  @ApiProperty({ description: 'Only the last three characters are shown' }) maskedValue!: string;
  @ApiProperty() safe!: boolean;
  @ApiProperty({ description: 'When the channel is safe to use, in London time; empty means any time' })
  safeTimes!: OwnChannel['safeTimes'];
}

@ApiTags('portal')
@Controller('portal/contact-preferences')
@RateLimit(RateLimitPolicy.PortalSession)
@PortalRoute()
export class ContactPreferencesController {
  constructor(private readonly preferences: ContactPreferencesService) {}

  @Get()
  @ApiOperation({ summary: 'How we may contact you, and when' })
  @ApiOkResponse({ type: [OwnChannelView] })
  list(@CurrentVictim() victim: VictimPrincipal): Promise<OwnChannel[]> {
    return this.preferences.list(victim);
  }

  @Post(':channel/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Stop us using a channel, at once',
    description:
      'To add a channel or change when it is safe, ask for a call back (POST /portal/call-backs): your advocate confirms it with you safely first.',
  })
  @ApiOkResponse({ type: [OwnChannelView] })
  close(
    @CurrentVictim() victim: VictimPrincipal,
    @Param('channel', new ParseEnumPipe(ContactChannelKind)) channel: ContactChannelKind,
  ): Promise<OwnChannel[]> {
    return this.preferences.close(victim, channel);
  }
}
