import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { PutServiceProvisionDto, ServiceProvisionParams, ServiceProvisionView } from '../dto/service-provision.dto';
import { ServiceProvisionsService } from './service-provisions.service';

/** Reference data: administrators say which services each victim-service organisation provides. */
@ApiTags('admin')
@Controller('admin/organisations/:organisationId/services/:service')
export class ServiceProvisionsController {
  constructor(private readonly provisions: ServiceProvisionsService) {}

  @Put()
  @RequirePermission(Permission.OrganisationsManage)
  @ApiOperation({ summary: 'Set that the organisation provides the service, where, and its first-contact target' })
  @ApiOkResponse({ type: ServiceProvisionView })
  put(
    @CurrentActor() actor: Actor,
    @Param() params: ServiceProvisionParams,
    @Body() dto: PutServiceProvisionDto,
  ): Promise<ServiceProvisionView> {
    return this.provisions.put(actor, params.organisationId, params.service, dto);
  }

  @Delete()
  @RequirePermission(Permission.OrganisationsManage)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The organisation no longer provides the service' })
  remove(@CurrentActor() actor: Actor, @Param() params: ServiceProvisionParams): Promise<void> {
    return this.provisions.remove(actor, params.organisationId, params.service);
  }
}
