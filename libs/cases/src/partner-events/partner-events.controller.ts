import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Actor, CurrentActor, Page, Permission, RequirePermission } from '@vs/platform';
import {
  MAX_PARTNER_BATCH,
  PartnerEventBatchView,
  PartnerEventDto,
  PartnerEventRejectionPage,
  PartnerEventRejectionQueryDto,
  PartnerEventRejectionView,
  PartnerEventResultView,
} from '../dto/partner-event.dto';
import type { JsonValue } from '../json-value';
import { PartnerEventIngestionService } from './partner-event-ingestion.service';
import { PartnerEventRejectionsService } from './partner-event-rejections.service';

@ApiTags('partner events')
@ApiExtraModels(PartnerEventDto, PartnerEventResultView, PartnerEventBatchView)
@Controller('partner-events')
export class PartnerEventsController {
  constructor(
    private readonly ingestion: PartnerEventIngestionService,
    private readonly rejections: PartnerEventRejectionsService,
  ) {}

  /**
   * The body is read as it came, not through the global validation pipe: each event is validated on
   * its own, so that an invalid one is refused and kept while the rest of its batch goes through.
   */
  @Post()
  @RequirePermission(Permission.PartnerEventsIngest)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send one event or a batch',
    description:
      `One event (an object) or a batch (an array of up to ${MAX_PARTNER_BATCH}). Always 200 once the body is an event or a batch: ` +
      'each event’s own outcome (accepted, duplicate or rejected, with the reason) is in the body, like 207 Multi-Status. ' +
      'A resend with the same senderSystem and senderEventId repeats the original result and creates nothing. ' +
      'Refused events are kept for review at GET /partner-events/rejections.',
  })
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(PartnerEventDto) },
        { type: 'array', items: { $ref: getSchemaPath(PartnerEventDto) }, minItems: 1, maxItems: MAX_PARTNER_BATCH },
      ],
    },
  })
  @ApiOkResponse({
    description: 'A result for one event, or a summary and results for a batch',
    schema: {
      oneOf: [{ $ref: getSchemaPath(PartnerEventResultView) }, { $ref: getSchemaPath(PartnerEventBatchView) }],
    },
  })
  ingest(
    @CurrentActor() actor: Actor,
    @Body() body: JsonValue | undefined,
  ): Promise<PartnerEventResultView | PartnerEventBatchView> {
    return this.ingestion.ingest(actor, body);
  }

  @Get('rejections')
  @RequirePermission(Permission.PartnerEventsReview)
  @ApiOperation({ summary: 'Refused events of your organisation’s systems, oldest first' })
  @ApiOkResponse({ type: PartnerEventRejectionPage })
  listRejections(
    @CurrentActor() actor: Actor,
    @Query() query: PartnerEventRejectionQueryDto,
  ): Promise<Page<PartnerEventRejectionView>> {
    return this.rejections.list(actor, query);
  }
}
