import { DynamicModule, Module } from '@nestjs/common';
import { AdvocacyModule } from '@vs/advocacy';
import { AuditModule } from '@vs/audit';
import { AuthModule } from '@vs/auth';
import { CasesModule } from '@vs/cases';
import { CodeComplianceModule } from '@vs/code-compliance';
import { ComplianceReportsModule } from '@vs/code-compliance';
import { NotificationsModule } from '@vs/notifications';
import { AppConfig, PlatformModule, RateLimitModule } from '@vs/platform';
import { ReferralsModule } from '@vs/referrals';
import { PortalModule } from '@vs/portal';
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
        ReferralsModule,
        AdvocacyModule,
        NotificationsModule,
        CodeComplianceModule,
        ComplianceReportsModule,
        PortalModule,
        // After AuthModule: its access guard must have authenticated a portal session before the
        // rate limit counts by it (global guards run in the order their modules are imported).
        RateLimitModule.forRoot(),
      ],
    };
  }
}
