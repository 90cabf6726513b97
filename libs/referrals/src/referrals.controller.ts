import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { AcceptsBreakGlass, Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import { CreateReferralDto } from './dto/create-referral.dto';
import { ImportReportView } from './dto/import-report.view';
import { ReferralQueryDto } from './dto/referral-query.dto';
import { ReferralDetailView, ReferralPage, ReferralSummaryView, ReferralView } from './dto/referral.view';
import { ServiceProvisionQueryDto, ServiceProvisionView } from './dto/service-provision.dto';
import { TriageDecisionDto } from './dto/triage-decision.dto';
import { TriageRulesView } from './dto/triage-rules.view';
import { CSV_MEDIA_TYPE } from './imports/csv-body';
import { CSV_COLUMNS } from './imports/csv-columns';
import { ReferralImportService } from './imports/referral-import.service';
import { IDEMPOTENCY_KEY_HEADER } from './intake/idempotency-key';
import { ReferralIntakeService } from './intake/referral-intake.service';
import { ServiceProvisionsService } from './providers/service-provisions.service';
import { ReferralQueriesService } from './queries/referral-queries.service';
import { UnsupportedImportTypeError } from './referrals.errors';
import { TriageDecisionService } from './triage/triage-decision.service';
import { TRIAGE_RULES } from './triage/triage-rules';

const contentLengthOf = (request: FastifyRequest): number | null => {
  const declared = Number(request.headers['content-length']);
  return Number.isFinite(declared) ? declared : null;
};

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly intake: ReferralIntakeService,
    private readonly imports: ReferralImportService,
    private readonly queries: ReferralQueriesService,
    private readonly triage: TriageDecisionService,
    private readonly provisions: ServiceProvisionsService,
  ) {}

  @Post()
  @RequirePermission(Permission.ReferralsCreate)
  @ApiOperation({
    summary: 'Refer a victim to support',
    description:
      'Triage proposes the service and the organisation providing it. Idempotent by your key (Idempotency-Key ' +
      'header or idempotencyKey): a resend answers 200 with the original referral and creates nothing; the same ' +
      'key with a different referral is refused (422 idempotency_key_reused).',
  })
  @ApiHeader({ name: IDEMPOTENCY_KEY_HEADER, required: false, description: 'Your unique key for this referral' })
  @ApiCreatedResponse({ type: ReferralView, description: 'Referred' })
  @ApiOkResponse({ type: ReferralView, description: 'A resend: the original referral' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateReferralDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralView> {
    const { replayed, referral } = await this.intake.create(actor, dto, key);
    void reply.status(replayed ? HttpStatus.OK : HttpStatus.CREATED);
    return referral;
  }

  @Post('imports')
  @RequirePermission(Permission.ReferralsCreate)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Refer many victims from a CSV file',
    description:
      `A text/csv body with a header row naming any of: ${CSV_COLUMNS.join(', ')}. Each row is validated like ` +
      'POST /referrals and imported whole (victim, access, case event, referral) or not at all; every row needs ' +
      'its own idempotency_key, so resending a file is safe. Always 200 once the file is readable: each row’s ' +
      'outcome (imported, duplicate or rejected with reasons) is in the report.',
  })
  @ApiConsumes(CSV_MEDIA_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportReportView })
  importCsv(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ImportReportView> {
    if (!(request.body instanceof Readable)) throw new UnsupportedImportTypeError();
    return this.imports.import(actor, request.body, contentLengthOf(request));
  }

  @Get()
  @RequirePermission(Permission.ReferralsRead)
  @ApiOperation({ summary: 'Referrals you may see, newest first: those you made, or your service works on' })
  @ApiOkResponse({ type: ReferralPage })
  list(@CurrentActor() actor: Actor, @Query() query: ReferralQueryDto): Promise<Page<ReferralSummaryView>> {
    return this.queries.list(actor, query);
  }

  @Get('triage-rules')
  @RequirePermission(Permission.ReferralsTriage)
  @ApiOperation({ summary: 'The triage rules that propose where each referral goes' })
  @ApiOkResponse({ type: TriageRulesView })
  triageRules(): TriageRulesView {
    return TRIAGE_RULES as TriageRulesView;
  }

  @Get('services')
  @RequirePermission(Permission.ReferralsTriage)
  @ApiOperation({ summary: 'Which organisations provide which services, where, and their first-contact targets' })
  @ApiOkResponse({ type: [ServiceProvisionView] })
  services(@Query() query: ServiceProvisionQueryDto): Promise<ServiceProvisionView[]> {
    return this.provisions.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.ReferralsRead)
  @ApiOperation({ summary: 'A referral with its history (every read is audited)' })
  @AcceptsBreakGlass()
  @ApiOkResponse({ type: ReferralDetailView })
  @ApiNotFoundResponse({ description: 'No such referral, or not one you may see' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReferralDetailView> {
    return this.queries.detail(actor, id);
  }

  @Post(':id/triage')
  @RequirePermission(Permission.ReferralsTriage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Accept the proposed service, or redirect the referral to another with a reason',
    description: 'A redirect declines this referral and sends a new one (same facts) to the other service.',
  })
  @ApiOkResponse({ type: ReferralView })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TriageDecisionDto,
  ): Promise<ReferralView> {
    return this.triage.decide(actor, id, dto);
  }
}
