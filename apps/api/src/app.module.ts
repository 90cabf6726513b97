import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { AuthModule } from '@vs/auth';
import { CasesModule } from '@vs/cases';
import { AppConfig, PlatformModule } from '@vs/platform';
import { VictimsModule } from '@vs/victims';

/** The API's composition root: the platform plus every feature's HTTP surface. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, 'victim-services-api'),
        AuthModule,
        AuditModule,
        VictimsModule,
        CasesModule,
      ],
    };
  }
}
