import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { ReferralView } from '@vs/referrals';
import {
  AllocateDto,
  AllocationCandidatesView,
  LeadAdvocateView,
  LeadTransferView,
  TransferLeadDto,
} from '../dto/allocation.dto';
import { AllocationService } from './allocation.service';

@ApiTags('advocacy')
@Controller()
export class AllocationController {
  constructor(private readonly allocation: AllocationService) {}

  @Get('referrals/:id/allocation-candidates')
  @RequirePermission(Permission.ReferralsTriage)
  @ApiOperation({
    summary: 'Your advocates ranked for a referral, with the reasons (specialism, borough, language, load)',
  })
  @ApiOkResponse({ type: AllocationCandidatesView })
  candidates(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<AllocationCandidatesView> {
    return this.allocation.candidates(actor, id);
  }

  @Post('referrals/:id/allocation')
  @RequirePermission(Permission.ReferralsTriage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Allocate a triaged referral; the advocate becomes the victim’s lead in your service' })
  @ApiOkResponse({ type: ReferralView })
  allocate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AllocateDto,
  ): Promise<ReferralView> {
    return this.allocation.allocate(actor, id, dto);
  }

  @Get('lead-advocates/:victimId')
  @RequirePermission(Permission.ReferralsTriage)
  @ApiOperation({ summary: 'Every lead advocate the victim has had in your service' })
  @ApiOkResponse({ type: [LeadAdvocateView] })
  history(
    @CurrentActor() actor: Actor,
    @Param('victimId', ParseUUIDPipe) victimId: string,
  ): Promise<LeadAdvocateView[]> {
    return this.allocation.leadHistory(actor, victimId);
  }

  @Post('lead-advocates/:victimId/transfer')
  @RequirePermission(Permission.ReferralsTriage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Transfer the victim’s lead to another advocate',
    description:
      'The old lead’s access ends (its history stays), the open referrals move to the new lead, and the ' +
      'victim is told who their new contact is over a safe channel.',
  })
  @ApiOkResponse({ type: LeadTransferView })
  transfer(
    @CurrentActor() actor: Actor,
    @Param('victimId', ParseUUIDPipe) victimId: string,
    @Body() dto: TransferLeadDto,
  ): Promise<LeadTransferView> {
    return this.allocation.transfer(actor, victimId, dto);
  }
}
