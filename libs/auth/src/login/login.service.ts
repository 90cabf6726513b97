import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditOutcome, AuditService } from '@vs/audit';
import { Actor, AppConfig, Clock, InjectConfig, RequestOrigin, updateKeepingVersion } from '@vs/platform';
import { InvalidCredentialsError, InvalidRefreshTokenError, MfaCodeRequiredError } from '../auth.errors';
import { StaffSession } from '../entities/staff-session.entity';
import { StaffUser } from '../entities/staff-user.entity';
import { TotpService } from '../mfa/totp.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { IssuedTokens, SessionService } from '../sessions/session.service';
import { FAILURES_BEFORE_LOCK, lockDurationMs } from './lockout-policy';

export interface LoginRequest {
  readonly email: string;
  readonly password: string;
  readonly totp?: string;
}

export interface LoginResult extends IssuedTokens {
  /** True when the role requires MFA and the user has not enrolled: only enrolment is open until they do. */
  readonly mfaEnrolmentRequired: boolean;
}

type FailureReason = 'unknown_account' | 'disabled' | 'locked' | 'wrong_password' | 'wrong_code';
type Attempt = { ok: true; result: LoginResult } | { ok: false; error: Error };

const USER_ENTITY = 'staff_user';

/**
 * Sign-in, refresh and sign-out. Failures are written (counts, locks, audit) in a transaction
 * that commits, and only then answered, always with the same 401.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly totp: TotpService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async login(request: LoginRequest, origin: RequestOrigin): Promise<LoginResult> {
    const attempt = await this.dataSource.transaction((manager) => this.attempt(manager, request, origin));
    if (!attempt.ok) throw attempt.error;
    return attempt.result;
  }

  async refresh(refreshToken: string, origin: RequestOrigin): Promise<IssuedTokens> {
    const attempt = await this.dataSource.transaction(
      async (manager): Promise<{ ok: true; tokens: IssuedTokens } | { ok: false }> => {
        const outcome = await this.sessions.rotate(manager, refreshToken);
        const user = await manager.findOneByOrFail(StaffUser, { id: outcome.session.userId });
        const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
        if (outcome.kind === 'reused') {
          await this.audit.record(manager, {
            actor,
            origin,
            action: AuditAction.TokenReuseDetected,
            entityType: 'staff_session',
            entityId: outcome.session.id,
            outcome: AuditOutcome.Denied,
          });
          return { ok: false };
        }
        if (user.disabledAt) {
          await this.sessions.revoke(manager, outcome.session, 'user_disabled');
          return { ok: false };
        }
        await this.audit.record(manager, {
          actor,
          origin,
          action: AuditAction.TokenRefresh,
          entityType: 'staff_session',
          entityId: outcome.session.id,
        });
        return { ok: true, tokens: outcome.tokens };
      },
    );
    if (!attempt.ok) throw new InvalidRefreshTokenError();
    return attempt.tokens;
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneByOrFail(StaffSession, { id: actor.sessionId });
      await this.sessions.revoke(manager, session, 'logout');
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Logout,
        entityType: 'staff_session',
        entityId: session.id,
      });
    });
  }

  private async attempt(manager: EntityManager, request: LoginRequest, origin: RequestOrigin): Promise<Attempt> {
    const email = request.email.trim().toLowerCase();
    // The row lock serialises concurrent attempts on one account, so failures are counted exactly.
    const user = await manager.findOne(StaffUser, { where: { email }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    if (!user || user.disabledAt || (user.lockedUntil && user.lockedUntil > now)) {
      await this.hasher.spendVerificationTime(request.password);
      const reason: FailureReason = !user ? 'unknown_account' : user.disabledAt ? 'disabled' : 'locked';
      return this.fail(manager, user, origin, reason);
    }
    if (!(await this.hasher.verify(user.passwordHash, request.password))) {
      return this.failAndCount(manager, user, origin, 'wrong_password');
    }
    if (user.mfaSecret) {
      if (!request.totp) return { ok: false, error: new MfaCodeRequiredError() };
      const step = this.totp.verify(user.mfaSecret, request.totp, user.mfaLastTimeStep);
      if (step === null) return this.failAndCount(manager, user, origin, 'wrong_code');
      user.mfaLastTimeStep = step;
    }
    const mfaEnrolmentRequired = !user.mfaSecret && this.config.auth.mfaRequiredRoles.includes(user.role);
    await updateKeepingVersion(manager, StaffUser, user.id, {
      failedLoginCount: 0,
      lockoutCount: 0,
      lockedUntil: null,
      lastLoginAt: now,
      mfaLastTimeStep: user.mfaLastTimeStep,
    });
    const { session, tokens } = await this.sessions.start(manager, user.id, !mfaEnrolmentRequired);
    await this.audit.record(manager, {
      actor: { userId: user.id, role: user.role, organisationId: user.organisationId },
      origin,
      action: AuditAction.Login,
      entityType: 'staff_session',
      entityId: session.id,
      details: { mfa: user.mfaSecret !== null, mfaEnrolmentRequired },
    });
    return { ok: true, result: { ...tokens, mfaEnrolmentRequired } };
  }

  private async failAndCount(
    manager: EntityManager,
    user: StaffUser,
    origin: RequestOrigin,
    reason: FailureReason,
  ): Promise<Attempt> {
    const failures = user.failedLoginCount + 1;
    const locks = failures >= FAILURES_BEFORE_LOCK;
    await updateKeepingVersion(manager, StaffUser, user.id, {
      failedLoginCount: locks ? 0 : failures,
      lockoutCount: locks ? user.lockoutCount + 1 : user.lockoutCount,
      lockedUntil: locks ? new Date(this.clock.now().getTime() + lockDurationMs(user.lockoutCount)) : user.lockedUntil,
    });
    return this.fail(manager, user, origin, reason, locks);
  }

  private async fail(
    manager: EntityManager,
    user: StaffUser | null,
    origin: RequestOrigin,
    reason: FailureReason,
    lockedNow = false,
  ): Promise<Attempt> {
    await this.audit.record(manager, {
      actor: null,
      origin,
      action: AuditAction.LoginFailed,
      entityType: USER_ENTITY,
      entityId: user?.id ?? null,
      outcome: AuditOutcome.Denied,
      details: { reason, lockedNow },
    });
    return { ok: false, error: new InvalidCredentialsError() };
  }
}
