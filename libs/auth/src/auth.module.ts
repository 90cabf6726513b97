import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '@vs/audit';
import { AuthController } from './auth.controller';
import { AccessGuard } from './guards/access.guard';
import { PortalJwtStrategy } from './guards/portal-jwt.strategy';
import { PortalTokenGuard } from './guards/portal.guard';
import { StaffJwtStrategy } from './guards/staff-jwt.strategy';
import { LoginService } from './login/login.service';
import { TotpService } from './mfa/totp.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PasswordHasher } from './passwords/password-hasher';
import { PortalSessionService } from './sessions/portal-session.service';
import { PrincipalResolver } from './sessions/principal.resolver';
import { SessionService } from './sessions/session.service';
import { AccountService } from './users/account.service';
import { StaffUsersController } from './users/staff-users.controller';
import { StaffUsersService } from './users/staff-users.service';

/**
 * Identity and access: staff sign-in, sessions, MFA, administration of organisations and users,
 * victim portal sessions and tokens, and the global guard that enforces every route's declaration.
 */
@Module({
  imports: [PassportModule, JwtModule.register({}), AuditModule],
  controllers: [AuthController, OrganisationsController, StaffUsersController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    StaffJwtStrategy,
    PortalJwtStrategy,
    PortalTokenGuard,
    PortalSessionService,
    PrincipalResolver,
    SessionService,
    LoginService,
    PasswordHasher,
    TotpService,
    AccountService,
    OrganisationsService,
    StaffUsersService,
  ],
  exports: [PasswordHasher, PortalSessionService],
})
export class AuthModule {}
