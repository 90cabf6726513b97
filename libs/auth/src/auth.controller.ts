import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CurrentActor,
  CurrentOrigin,
  Permission,
  PublicRoute,
  RateLimit,
  RateLimitPolicy,
  RequestOrigin,
  RequirePermission,
} from '@vs/platform';
import {
  ChangePasswordDto,
  LoginDto,
  LoginResponse,
  MeResponse,
  MfaConfirmDto,
  MfaEnrolmentResponse,
  RefreshDto,
  TokenResponse,
} from './dto/auth.dto';
import { LoginService } from './login/login.service';
import { AccountService } from './users/account.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly accounts: AccountService,
  ) {}

  @Post('login')
  @RateLimit(RateLimitPolicy.SignIn)
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email, password and, once enrolled, a TOTP code' })
  @ApiOkResponse({ type: LoginResponse })
  login(@Body() dto: LoginDto, @CurrentOrigin() origin: RequestOrigin): Promise<LoginResponse> {
    return this.logins.login(dto, origin);
  }

  @Post('refresh')
  @RateLimit(RateLimitPolicy.SignIn)
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token (single use) for a new pair' })
  @ApiOkResponse({ type: TokenResponse })
  refresh(@Body() dto: RefreshDto, @CurrentOrigin() origin: RequestOrigin): Promise<TokenResponse> {
    return this.logins.refresh(dto.refreshToken, origin);
  }

  @Post('logout')
  @RequirePermission(Permission.OwnSession)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  logout(@CurrentActor() actor: Actor): Promise<void> {
    return this.logins.logout(actor);
  }

  @Get('me')
  @RequirePermission(Permission.OwnSession)
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.accounts.me(actor);
  }

  @Post('password')
  @RequirePermission(Permission.OwnSession)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your password; your other sessions end' })
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(actor, dto);
  }

  @Post('mfa/enrol')
  @RateLimit(RateLimitPolicy.SignIn)
  @RequirePermission(Permission.OwnSession)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start TOTP enrolment: returns a secret to add to an authenticator app' })
  @ApiOkResponse({ type: MfaEnrolmentResponse })
  startMfaEnrolment(@CurrentActor() actor: Actor): Promise<MfaEnrolmentResponse> {
    return this.accounts.startMfaEnrolment(actor);
  }

  @Post('mfa/confirm')
  @RateLimit(RateLimitPolicy.SignIn)
  @RequirePermission(Permission.OwnSession)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Finish enrolment with a current code; sign-ins then need a code' })
  confirmMfaEnrolment(@CurrentActor() actor: Actor, @Body() dto: MfaConfirmDto): Promise<void> {
    return this.accounts.confirmMfaEnrolment(actor, dto.code);
  }
}
