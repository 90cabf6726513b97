import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentVictim, PortalRoute, RateLimit, RateLimitPolicy, VictimPrincipal } from '@vs/platform';
import { MyData, MyDataService } from './my-data.service';

@ApiTags('portal')
@Controller('portal/my-data')
@RateLimit(RateLimitPolicy.PortalSession)
export class MyDataController {
  constructor(private readonly myData: MyDataService) {}

  @Get()
  @PortalRoute()
  @Header('content-disposition', 'attachment; filename="my-data.json"')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Download your own data as JSON' })
  @ApiOkResponse({ schema: { type: 'object' } })
  download(@CurrentVictim() victim: VictimPrincipal): Promise<MyData> {
    return this.myData.export(victim);
  }
}
