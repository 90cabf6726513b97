import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Permission, RequirePermission } from '@vs/platform';
import { LinkVictimDto } from '../dto/case-victim.dto';
import { CaseVictimView } from '../dto/case-view.dto';
import { CaseVictimsService } from './case-victims.service';

@ApiTags('cases')
@Controller('cases/:id/victims')
export class CaseVictimsController {
  constructor(private readonly victims: CaseVictimsService) {}

  @Post()
  @RequirePermission(Permission.CasesRecord)
  @ApiOperation({ summary: 'Link a victim to the crime, assessing enhanced rights and repeat victimisation' })
  @ApiCreatedResponse({ type: CaseVictimView })
  @ApiConflictResponse({ description: 'The victim is already linked' })
  link(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: LinkVictimDto,
  ): Promise<CaseVictimView> {
    return this.victims.link(actor, id, dto.victimId);
  }

  @Post(':victimId/enhanced-rights-assessment')
  @RequirePermission(Permission.VictimsUpdate)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Assess the victim’s enhanced rights for this crime again, e.g. after their needs changed' })
  @ApiOkResponse({ type: CaseVictimView })
  reassess(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('victimId', ParseUUIDPipe) victimId: string,
  ): Promise<CaseVictimView> {
    return this.victims.reassess(actor, id, victimId);
  }
}
