import { Module } from '@nestjs/common';
import { AuditModule } from '@vs/audit';
import { AuthModule } from '@vs/auth';
import { CodeComplianceModule } from '@vs/code-compliance';
import { NotificationsModule } from '@vs/notifications';
import { VictimsModule } from '@vs/victims';
import { AccessLogController } from './access-log/access-log.controller';
import { AccessLogService } from './access-log/access-log.service';
import { AttemptCounters } from './access/attempt-counters';
import { OneTimeCodes } from './access/one-time-code';
import { PortalAccessController } from './access/portal-access.controller';
import { PortalAccessService } from './access/portal-access.service';
import { ContactPreferencesController } from './contact-preferences/contact-preferences.controller';
import { ContactPreferencesService } from './contact-preferences/contact-preferences.service';
import { PortalAudit } from './audit/portal-audit';
import { PortalCasesController } from './cases/portal-cases.controller';
import { PortalCasesService } from './cases/portal-cases.service';
import { PortalInvitationsController } from './invitations/portal-invitations.controller';
import { PortalInvitationsService } from './invitations/portal-invitations.service';
import { MessageStore } from './messages/message-store';
import { PortalMessagesController } from './messages/portal-messages.controller';
import { PortalMessagesService } from './messages/portal-messages.service';
import { StaffMessagesController } from './messages/staff-messages.controller';
import { StaffMessagesService } from './messages/staff-messages.service';
import { MyDataController } from './my-data/my-data.controller';
import { MyDataService } from './my-data/my-data.service';
import { PortalSessionsController } from './sessions/portal-sessions.controller';
import { PortalSignOutService } from './sessions/portal-sign-out.service';
import { CallBackStore } from './call-backs/call-back-store';
import { PortalCallBacksController } from './call-backs/portal-call-backs.controller';
import { PortalCallBacksService } from './call-backs/portal-call-backs.service';
import { StaffCallBacksController } from './call-backs/staff-call-backs.controller';
import { StaffCallBacksService } from './call-backs/staff-call-backs.service';
import { PortalSurveysController } from './surveys/portal-surveys.controller';
import { PortalSurveysService } from './surveys/portal-surveys.service';
import { SurveyStore } from './surveys/survey-store';
import { PortalRequestsController } from './requests/portal-requests.controller';
import { PortalRequestsService } from './requests/portal-requests.service';
import { RequestStore } from './requests/request-store';
import { StaffRequestsController } from './requests/staff-requests.controller';
import { StaffRequestsService } from './requests/staff-requests.service';
import { PortalStatementsController } from './statements/portal-statements.controller';
import { PortalStatementsService } from './statements/portal-statements.service';
import { StaffStatementsController } from './statements/staff-statements.controller';
import { StaffStatementsService } from './statements/staff-statements.service';
import { StatementStore } from './statements/statement-store';

/**
 * The victim portal: staff invitations, proving who you are with a one-time code, and the victim's
 * own cases, access log, data, messages, Personal Statements, complaints and review requests,
 * call-back requests and satisfaction surveys. Every victim route is a @PortalRoute and every query is
 * bound to the victim's id from their token.
 */
@Module({
  imports: [AuditModule, AuthModule, VictimsModule, NotificationsModule, CodeComplianceModule],
  controllers: [
    ContactPreferencesController,
    PortalInvitationsController,
    PortalAccessController,
    PortalSessionsController,
    PortalCasesController,
    AccessLogController,
    MyDataController,
    PortalMessagesController,
    StaffMessagesController,
    PortalStatementsController,
    StaffStatementsController,
    PortalRequestsController,
    StaffRequestsController,
    PortalCallBacksController,
    StaffCallBacksController,
    PortalSurveysController,
  ],
  providers: [
    ContactPreferencesService,
    PortalAudit,
    AttemptCounters,
    OneTimeCodes,
    PortalAccessService,
    PortalInvitationsService,
    PortalSignOutService,
    PortalCasesService,
    AccessLogService,
    MessageStore,
    MyDataService,
    PortalMessagesService,
    StaffMessagesService,
    StatementStore,
    PortalStatementsService,
    StaffStatementsService,
    RequestStore,
    PortalRequestsService,
    StaffRequestsService,
    CallBackStore,
    PortalCallBacksService,
    StaffCallBacksService,
    SurveyStore,
    PortalSurveysService,
  ],
})
export class PortalModule {}
