import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './app-config';
import { Clock } from '../clock/clock';
import { BlindIndex } from '../crypto/blind-index';
import { DataCipher } from '../crypto/data-cipher';

/** Makes the process's resolved configuration, the clock and the data cipher injectable everywhere. */
@Global()
@Module({})
export class PlatformConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock, DataCipher, BlindIndex],
      exports: [APP_CONFIG, Clock, DataCipher, BlindIndex],
    };
  }
}
