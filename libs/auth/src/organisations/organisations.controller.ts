import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, CursorQueryDto, Page, Permission, RequirePermission } from '@vs/platform';
import {
  CreateOrganisationDto,
  OrganisationPage,
  OrganisationView,
  UpdateOrganisationDto,
} from '../dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('admin')
@Controller('admin/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @RequirePermission(Permission.OrganisationsManage)
  @ApiCreatedResponse({ type: OrganisationView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(actor, dto);
  }

  @Get()
  @RequirePermission(Permission.OrganisationsManage)
  @ApiOkResponse({ type: OrganisationPage })
  list(@Query() query: CursorQueryDto): Promise<Page<OrganisationView>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.OrganisationsManage)
  @ApiOkResponse({ type: OrganisationView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationView> {
    return this.organisations.get(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.OrganisationsManage)
  @ApiOkResponse({ type: OrganisationView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, dto);
  }
}
