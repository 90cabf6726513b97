import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcceptsBreakGlass, Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import { CaseQueryDto, RecordCrimeDto } from '../dto/case.dto';
import { CaseDetailView, CasePage, CaseSummaryView } from '../dto/case-view.dto';
import { CrimeRecordingService } from '../crimes/crime-recording.service';
import { CaseQueriesService } from './case-queries.service';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly crimes: CrimeRecordingService,
    private readonly queries: CaseQueriesService,
  ) {}

  @Post()
  @RequirePermission(Permission.CasesRecord)
  @ApiOperation({ summary: 'Record a crime for your organisation; its case opens at reported' })
  @ApiCreatedResponse({ type: CaseSummaryView })
  record(@CurrentActor() actor: Actor, @Body() dto: RecordCrimeDto): Promise<CaseSummaryView> {
    return this.crimes.record(actor, dto);
  }

  @Get()
  @RequirePermission(Permission.CasesRead)
  @ApiOperation({ summary: 'Cases you may see, newest first' })
  @ApiOkResponse({ type: CasePage })
  list(@CurrentActor() actor: Actor, @Query() query: CaseQueryDto): Promise<Page<CaseSummaryView>> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @RequirePermission(Permission.CasesRead)
  @ApiOperation({ summary: 'A case with its victims, events and hearings (every read is audited)' })
  @AcceptsBreakGlass()
  @ApiOkResponse({ type: CaseDetailView })
  @ApiNotFoundResponse({ description: 'No such case, or not one you may see' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetailView> {
    return this.queries.detail(actor, id);
  }
}
