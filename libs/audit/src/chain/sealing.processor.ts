import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from '@vs/platform';
import { AuditSealer, SealingRun } from './audit-sealer';
import { AuditJobName } from './sealing-jobs';

@Processor(QueueName.Audit)
export class AuditSealingProcessor extends WorkerHost {
  private readonly logger = new Logger(AuditSealingProcessor.name);

  constructor(private readonly sealer: AuditSealer) {
    super();
  }

  async process(job: Job<unknown, SealingRun, AuditJobName>): Promise<SealingRun> {
    if (job.name !== AuditJobName.SealChain) throw new Error(`Unknown job on the audit queue: ${String(job.name)}`);
    const run = await this.sealer.sealPending();
    if (run.sealed > 0) this.logger.debug(`sealed ${run.sealed} audit events`);
    return run;
  }
}
