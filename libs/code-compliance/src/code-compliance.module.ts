import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { CasesModule } from '@vs/cases';
import { VictimsModule } from '@vs/victims';
import { DutyAlertsController } from './alerts/duty-alerts.controller';
import { DutyAlertsService } from './alerts/duty-alerts.service';
import { DutyChangesModule } from './changes/duty-changes.module';
import { CaseDutiesController } from './duties/case-duties.controller';
import { CaseDutiesService } from './duties/case-duties.service';
import { DutyWaiversService } from './duties/duty-waivers.service';
import { DutyEngineListener } from './engine/duty-engine.listener';
import { DutyReconciler } from './engine/duty-reconciler';
import { VictimRightsService } from './rights/victim-rights.service';

/**
 * The API's half of Victims' Code compliance: the duty engine, listening to cases so duties are
 * written with the events and victim links that cause them; each case's duties and their waivers;
 * breach alerts for the answerable organisation; each victim's rights in plain words.
 */
@Module({
  imports: [AuditModule, VictimsModule, CasesModule, DutyChangesModule],
  controllers: [CaseDutiesController, DutyAlertsController],
  providers: [
    DutyReconciler,
    DutyEngineListener,
    CaseDutiesService,
    DutyWaiversService,
    DutyAlertsService,
    VictimRightsService,
  ],
  exports: [VictimRightsService, DutyChangesModule],
})
export class CodeComplianceModule {}
