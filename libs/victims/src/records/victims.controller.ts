import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptsBreakGlass, Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import { CreateVictimDto } from '../dto/create-victim.dto';
import { PutEnhancedRightsOverrideDto } from '../dto/enhanced-rights-override.dto';
import { UpdateVictimDto } from '../dto/update-victim.dto';
import { VictimParams } from '../dto/victim-params.dto';
import { VictimQueryDto } from '../dto/victim-query.dto';
import { VictimPage, VictimSummaryView, VictimView } from '../dto/victim.view';
import { VictimsService } from './victims.service';

@ApiTags('victims')
@Controller('victims')
export class VictimsController {
  constructor(private readonly victims: VictimsService) {}

  @Post()
  @RequirePermission(Permission.VictimsCreate)
  @ApiOperation({ summary: 'Record a victim; 409 possible_duplicate when they may already be recorded' })
  @ApiCreatedResponse({ type: VictimView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateVictimDto): Promise<VictimView> {
    return this.victims.create(actor, dto);
  }

  @Get()
  @RequirePermission(Permission.VictimsRead)
  @ApiOperation({ summary: 'Victims in your scope, optionally by exact name and/or date of birth' })
  @ApiOkResponse({ type: VictimPage })
  list(@CurrentActor() actor: Actor, @Query() query: VictimQueryDto): Promise<Page<VictimSummaryView>> {
    return this.victims.list(actor, query);
  }

  @Get(':id')
  @RequirePermission(Permission.VictimsRead)
  @AcceptsBreakGlass()
  @ApiOkResponse({ type: VictimView })
  get(@CurrentActor() actor: Actor, @Param() params: VictimParams): Promise<VictimView> {
    return this.victims.get(actor, params.id);
  }

  @Patch(':id')
  @RequirePermission(Permission.VictimsUpdate)
  @ApiOkResponse({ type: VictimView })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: VictimParams,
    @Body() dto: UpdateVictimDto,
  ): Promise<VictimView> {
    return this.victims.update(actor, params.id, dto);
  }

  @Put(':id/enhanced-rights-override')
  @RequirePermission(Permission.VictimsUpdate)
  @ApiOperation({ summary: 'Override enhanced-rights eligibility either way, with a reason; enhanced: null clears it' })
  @ApiOkResponse({ type: VictimView })
  setEnhancedRightsOverride(
    @CurrentActor() actor: Actor,
    @Param() params: VictimParams,
    @Body() dto: PutEnhancedRightsOverrideDto,
  ): Promise<VictimView> {
    return this.victims.setEnhancedRightsOverride(actor, params.id, dto);
  }
}
