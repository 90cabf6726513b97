import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { ComplianceReportsService } from './compliance-reports.service';
import { CreateReportExportDto, ReportQueryDto, toReportFilter } from './dto/report-query.dto';
import { ReportExportView } from './dto/report-export.view';
import { ComplianceReportView } from './dto/report.view';
import { ReportExportsService } from './exports/report-exports.service';
import { ReportFormat } from './exports/report-export.entity';
import { RenderedReport } from './report-rendering';

const send = (reply: FastifyReply, file: RenderedReport, disposition: 'inline' | 'attachment'): string => {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `${disposition}; filename="${file.fileName}"`);
  return file.body;
};

@ApiTags('compliance reports')
@Controller('compliance-reports')
export class ComplianceReportsController {
  constructor(
    private readonly reports: ComplianceReportsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get()
  @RequirePermission(Permission.ComplianceReportsRead)
  @ApiOperation({
    summary: "The Commissioner's report: Victims' Code compliance and case measures, aggregates only",
    description: 'Counts of 1 to 4 show as "<5"; longer ranges than the inline limit (92 days) must be exports.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: ComplianceReportView })
  @ApiUnprocessableEntityResponse({ description: 'The range is too long to build now: ask for an export' })
  async report(
    @CurrentActor() actor: Actor,
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const format = query.format ?? ReportFormat.Json;
    const file = await this.reports.report(actor, toReportFilter(query), format);
    return send(reply, file, format === ReportFormat.Csv ? 'attachment' : 'inline');
  }

  @Post('exports')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission(Permission.ComplianceReportsExport)
  @ApiOperation({ summary: 'Queue a report of any range; follow it at its URL, download it when ready' })
  @ApiAcceptedResponse({ type: ReportExportView })
  async requestExport(
    @CurrentActor() actor: Actor,
    @Body() body: CreateReportExportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportExportView> {
    const created = await this.exports.request(actor, toReportFilter(body), body.format ?? ReportFormat.Json);
    reply.header('location', `/api/v1/compliance-reports/exports/${created.id}`);
    return ReportExportView.of(created);
  }

  @Get('exports/:id')
  @RequirePermission(Permission.ComplianceReportsExport)
  @ApiOperation({ summary: 'An export you asked for: queued, running, ready or failed' })
  @ApiOkResponse({ type: ReportExportView })
  @ApiNotFoundResponse({ description: 'No such export, or not yours' })
  async exportStatus(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportExportView> {
    return ReportExportView.of(await this.exports.status(actor, id));
  }

  @Get('exports/:id/download')
  @RequirePermission(Permission.ComplianceReportsExport)
  @ApiOperation({ summary: 'Download a ready export (each download is audited)' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'The report as JSON or CSV' })
  @ApiNotFoundResponse({ description: 'No such export, or not yours' })
  @ApiConflictResponse({ description: 'Not ready yet' })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return send(reply, await this.exports.download(actor, id), 'attachment');
  }
}
