import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from '@vs/platform';
import { DutySweeper, DutySweepRun } from './duty-sweeper';
import { CodeComplianceJobName } from './sweep-jobs';

@Processor(QueueName.CodeCompliance)
export class DutySweepProcessor extends WorkerHost {
  private readonly logger = new Logger(DutySweepProcessor.name);

  constructor(private readonly sweeper: DutySweeper) {
    super();
  }

  async process(job: Job<unknown, DutySweepRun, CodeComplianceJobName>): Promise<DutySweepRun> {
    if (job.name !== CodeComplianceJobName.SweepDueDuties)
      throw new Error(`Unknown job on the code-compliance queue: ${String(job.name)}`);
    const run = await this.sweeper.sweep();
    if (run.breached > 0) this.logger.log(`marked ${run.breached} Victims' Code duties breached`);
    return run;
  }
}
