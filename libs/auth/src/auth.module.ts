import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '@vs/audit';
import { AuthController } from './auth.controller';
import { AccessGuard } from './guards/access.guard';
import { StaffJwtStrategy } from './guards/staff-jwt.strategy';
import { LoginService } from './login/login.service';
import { TotpService } from './mfa/totp.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PasswordHasher } from './passwords/password-hasher';
import { PrincipalResolver } from './sessions/principal.resolver';
import { SessionService } from './sessions/session.service';
import { AccountService } from './users/account.service';
import { StaffUsersController } from './users/staff-users.controller';
import { StaffUsersService } from './users/staff-users.service';

/**
 * Staff identity and access: sign-in, sessions, MFA, administration of organisations and users,
 * and the global guard that enforces every route's declared permission.
 */
@Module({
  imports: [PassportModule, JwtModule.register({}), AuditModule],
  controllers: [AuthController, OrganisationsController, StaffUsersController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    StaffJwtStrategy,
    PrincipalResolver,
    SessionService,
    LoginService,
    PasswordHasher,
    TotpService,
    AccountService,
    OrganisationsService,
    StaffUsersService,
  ],
  exports: [PasswordHasher],
})
export class AuthModule {}
