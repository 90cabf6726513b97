import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@vs/platform';
import { AuditSealer } from './chain/audit-sealer';
import { AuditSealingProcessor } from './chain/sealing.processor';
import { AuditSealingScheduler } from './chain/sealing.scheduler';

/** The worker's half of the audit trail: seals new events into the hash chain every few seconds. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Audit })],
  providers: [AuditSealer, AuditSealingProcessor, AuditSealingScheduler],
})
export class AuditSealingModule {}
