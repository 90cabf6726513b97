import { DynamicModule, Module } from '@nestjs/common';
import { AuditSealingModule } from '@vs/audit';
import { AppConfig, PlatformModule } from '@vs/platform';

/** The worker's composition root: queue consumers and scheduled jobs, and a health endpoint. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, 'victim-services-worker'), AuditSealingModule],
    };
  }
}
