import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@vs/platform';
import { DutyChangesModule } from './changes/duty-changes.module';
import { DutySweepProcessor } from './sweep/duty-sweep.processor';
import { DutySweepScheduler } from './sweep/duty-sweep.scheduler';
import { DutySweeper } from './sweep/duty-sweeper';

/** The worker's half of Victims' Code compliance: every minute, marks overdue duties breached and alerts. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.CodeCompliance }), DutyChangesModule],
  providers: [DutySweeper, DutySweepScheduler, DutySweepProcessor],
})
export class CodeComplianceSweepModule {}
