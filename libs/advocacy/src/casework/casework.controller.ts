import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseEnumPipe,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { ReferralView } from '@vs/referrals';
import {
  AddNoteDto,
  AddTaskDto,
  CloseCaseworkDto,
  MaracReferralDto,
  PutNeedDto,
  PutSafetyPlanDto,
  RecordContactDto,
  RiskAssessmentDto,
  VersionDto,
  VictimDeclinedDto,
} from '../dto/casework.dto';
import {
  CaseworkView,
  ContactView,
  MaracReferralView,
  NeedView,
  NoteView,
  RiskAssessmentView,
  SafetyPlanView,
  TaskView,
} from '../dto/casework.view';
import { NeedArea } from '../model/casework';
import { RiskAssessmentsService } from '../risk/risk-assessments.service';
import { CaseworkQueriesService } from './casework-queries.service';
import { CaseworkRecordsService } from './casework-records.service';
import { ContactsService } from './contacts.service';
import { ReferralOutcomesService } from './referral-outcomes.service';

/**
 * The casework of a referral, for the advocate it is allocated to, their team, and their service
 * manager; to anyone else every referral here is "not found".
 */
@ApiTags('casework')
@Controller('casework/:referralId')
export class CaseworkController {
  constructor(
    private readonly queries: CaseworkQueriesService,
    private readonly outcomes: ReferralOutcomesService,
    private readonly contacts: ContactsService,
    private readonly risk: RiskAssessmentsService,
    private readonly records: CaseworkRecordsService,
  ) {}

  @Get()
  @RequirePermission(Permission.CaseworkRead)
  @ApiOperation({ summary: 'Everything recorded on the referral’s casework (every read is audited)' })
  @ApiOkResponse({ type: CaseworkView })
  detail(@CurrentActor() actor: Actor, @Param('referralId', ParseUUIDPipe) referralId: string): Promise<CaseworkView> {
    return this.queries.detail(actor, referralId);
  }

  @Post('acceptance')
  @RequirePermission(Permission.CaseworkWrite)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept an allocated referral' })
  @ApiOkResponse({ type: ReferralView })
  accept(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: VersionDto,
  ): Promise<ReferralView> {
    return this.outcomes.accept(actor, referralId, dto);
  }

  @Post('contacts')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiOperation({ summary: 'Log a contact or an attempt; the first contact made moves the referral on' })
  @ApiCreatedResponse({ type: ContactView })
  recordContact(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: RecordContactDto,
  ): Promise<ContactView> {
    return this.contacts.record(actor, referralId, dto);
  }

  @Post('risk-assessments')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiOperation({
    summary: 'Record a DASH risk assessment',
    description:
      'Score = count of "yes"; 14+ is visible high risk, 10-13 medium, below 10 standard. A higher level by ' +
      'professional judgement needs upliftReason; a lower one is refused (422 risk_downgrade_refused). The answer ' +
      'names the MARAC criteria met.',
  })
  @ApiCreatedResponse({ type: RiskAssessmentView })
  assessRisk(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: RiskAssessmentDto,
  ): Promise<RiskAssessmentView> {
    return this.risk.assess(actor, referralId, dto);
  }

  @Post('marac-referrals')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiOperation({ summary: 'Record that the victim was referred to the MARAC' })
  @ApiCreatedResponse({ type: MaracReferralView })
  referToMarac(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: MaracReferralDto,
  ): Promise<MaracReferralView> {
    return this.risk.referToMarac(actor, referralId, dto);
  }

  @Put('safety-plan')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiOperation({ summary: 'Record or change the safety plan (a change carries the version read)' })
  @ApiOkResponse({ type: SafetyPlanView })
  putSafetyPlan(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: PutSafetyPlanDto,
  ): Promise<SafetyPlanView> {
    return this.records.putSafetyPlan(actor, referralId, dto);
  }

  @Put('needs/:area')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiParam({ name: 'area', enum: NeedArea, enumName: 'NeedArea' })
  @ApiOperation({ summary: 'Record or change a need (a change carries the version read)' })
  @ApiOkResponse({ type: NeedView })
  putNeed(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Param('area', new ParseEnumPipe(NeedArea)) area: NeedArea,
    @Body() dto: PutNeedDto,
  ): Promise<NeedView> {
    return this.records.putNeed(actor, referralId, area, dto);
  }

  @Post('notes')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiCreatedResponse({ type: NoteView })
  addNote(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: AddNoteDto,
  ): Promise<NoteView> {
    return this.records.addNote(actor, referralId, dto);
  }

  @Post('tasks')
  @RequirePermission(Permission.CaseworkWrite)
  @ApiCreatedResponse({ type: TaskView })
  addTask(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: AddTaskDto,
  ): Promise<TaskView> {
    return this.records.addTask(actor, referralId, dto);
  }

  @Post('tasks/:taskId/completion')
  @RequirePermission(Permission.CaseworkWrite)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TaskView })
  completeTask(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: VersionDto,
  ): Promise<TaskView> {
    return this.records.completeTask(actor, referralId, taskId, dto);
  }

  @Post('victim-declined')
  @RequirePermission(Permission.CaseworkWrite)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The victim declined support' })
  @ApiOkResponse({ type: ReferralView })
  victimDeclined(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: VictimDeclinedDto,
  ): Promise<ReferralView> {
    return this.outcomes.victimDeclined(actor, referralId, dto);
  }

  @Post('unable-to-contact')
  @RequirePermission(Permission.CaseworkWrite)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'End an accepted referral after the recorded attempts (at least 3) never reached the victim',
  })
  @ApiOkResponse({ type: ReferralView })
  unableToContact(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: VersionDto,
  ): Promise<ReferralView> {
    return this.outcomes.unableToContact(actor, referralId, dto);
  }

  @Post('closure')
  @RequirePermission(Permission.CaseworkWrite)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close support with an outcome' })
  @ApiOkResponse({ type: ReferralView })
  close(
    @CurrentActor() actor: Actor,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() dto: CloseCaseworkDto,
  ): Promise<ReferralView> {
    return this.outcomes.close(actor, referralId, dto);
  }
}
