import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { PlatformConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { QueueModule } from './queue/queue.module';

/** What every process of the system is built on: config, logs, database, queues and health. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, processName: string): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        PlatformConfigModule.forRoot(config),
        LoggingModule.forRoot(),
        DatabaseModule.forRoot(processName),
        QueueModule.forRoot(),
        HealthModule,
      ],
    };
  }
}
