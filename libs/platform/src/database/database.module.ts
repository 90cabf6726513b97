import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config.databaseUrl, { applicationName, logErrors: config.logLevel !== 'silent' }),
            // Keep starting when the database is briefly down: readiness reports it instead.
            retryAttempts: 10,
            retryDelay: 1_000,
          }),
        }),
      ],
    };
  }
}
