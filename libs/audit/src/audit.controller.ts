import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { AuditVerificationService } from './chain/audit-verification.service';
import { AuditEventPageDto, toAuditEventPageDto } from './dto/audit-event.dto';
import { AuditEventFilterDto, AuditEventQueryDto, BreakGlassQueryDto } from './dto/audit-event-query.dto';
import { ChainVerificationDto } from './dto/chain-verification.dto';
import { AuditQueryService } from './query/audit-query.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: AuditQueryService,
    private readonly verification: AuditVerificationService,
  ) {}

  @Get('events')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Audit events matching every given filter, newest first' })
  @ApiOkResponse({ type: AuditEventPageDto })
  async events(@Query() query: AuditEventQueryDto): Promise<AuditEventPageDto> {
    return toAuditEventPageDto(await this.queries.search(query));
  }

  @Get('events/export')
  @RequirePermission(Permission.AuditExport)
  @ApiOperation({ summary: 'Every matching audit event as CSV (streamed); the export is itself audited' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', schema: { type: 'string' } })
  async export(@CurrentActor() actor: Actor, @Query() filter: AuditEventFilterDto): Promise<StreamableFile> {
    return new StreamableFile(await this.queries.exportCsv(actor, filter), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit-events.csv"',
    });
  }

  @Get('verify')
  @RequirePermission(Permission.AuditVerify)
  @ApiOperation({ summary: 'Check the hash chain and name the first broken record; the check is itself audited' })
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(@CurrentActor() actor: Actor): Promise<ChainVerificationDto> {
    return this.verification.verifyFor(actor);
  }

  @Get('break-glass')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Entries made under a break-glass reason, flagged for review, newest first' })
  @ApiOkResponse({ type: AuditEventPageDto })
  async breakGlass(@Query() query: BreakGlassQueryDto): Promise<AuditEventPageDto> {
    return toAuditEventPageDto(await this.queries.breakGlass(query));
  }
}
