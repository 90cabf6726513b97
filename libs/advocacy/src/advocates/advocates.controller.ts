import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { AdvocateView, CreateAdvocateDto, UpdateAdvocateDto } from '../dto/advocate.dto';
import { AdvocatesService } from './advocates.service';

@ApiTags('advocacy')
@Controller('advocates')
export class AdvocatesController {
  constructor(private readonly advocates: AdvocatesService) {}

  @Post()
  @RequirePermission(Permission.AdvocatesManage)
  @ApiOperation({ summary: 'Give an advocate of your service a profile: specialism, boroughs, languages, capacity' })
  @ApiCreatedResponse({ type: AdvocateView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAdvocateDto): Promise<AdvocateView> {
    return this.advocates.create(actor, dto);
  }

  @Get()
  @RequirePermission(Permission.AdvocatesManage)
  @ApiOperation({ summary: 'Your service’s advocates, each with their load against capacity' })
  @ApiOkResponse({ type: [AdvocateView] })
  list(@CurrentActor() actor: Actor): Promise<AdvocateView[]> {
    return this.advocates.list(actor);
  }

  @Get(':id')
  @RequirePermission(Permission.AdvocatesManage)
  @ApiOkResponse({ type: AdvocateView })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<AdvocateView> {
    return this.advocates.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.AdvocatesManage)
  @ApiOkResponse({ type: AdvocateView })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAdvocateDto,
  ): Promise<AdvocateView> {
    return this.advocates.update(actor, id, dto);
  }
}
