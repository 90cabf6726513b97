import { DynamicModule, Module } from '@nestjs/common';
import { AuditSealingModule } from '@vs/audit';
import { CodeComplianceSweepModule } from '@vs/code-compliance';
import { ComplianceReportsWorkerModule } from '@vs/code-compliance';
import { NotificationsWorkerModule } from '@vs/notifications';
import { AppConfig, PlatformModule } from '@vs/platform';

/** The worker's composition root: queue consumers and scheduled jobs, and a health endpoint. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, 'victim-services-worker'),
        AuditSealingModule,
        NotificationsWorkerModule,
        CodeComplianceSweepModule,
        ComplianceReportsWorkerModule,
      ],
    };
  }
}
