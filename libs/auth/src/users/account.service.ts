import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, Clock, ROLE_PERMISSIONS, updateKeepingVersion } from '@vs/platform';
import {
  InvalidCredentialsError,
  InvalidMfaCodeError,
  NoPendingEnrolmentError,
  WeakPasswordError,
} from '../auth.errors';
import { ChangePasswordDto, MeResponse, MfaEnrolmentResponse } from '../dto/auth.dto';
import { StaffSession } from '../entities/staff-session.entity';
import { StaffUser } from '../entities/staff-user.entity';
import { TotpService } from '../mfa/totp.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';

/** What signed-in staff do with their own account: see it, enrol MFA, change their password. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly totp: TotpService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async me(actor: Actor): Promise<MeResponse> {
    const user = await this.dataSource.getRepository(StaffUser).findOneByOrFail({ id: actor.userId });
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
      team: user.team,
      mfaEnabled: user.mfaEnabledAt !== null,
      permissions: [...ROLE_PERMISSIONS[user.role]],
    };
  }

  /** Offers a new TOTP secret; it replaces the current one only when confirmed with a code. */
  async startMfaEnrolment(actor: Actor): Promise<MfaEnrolmentResponse> {
    const repository = this.dataSource.getRepository(StaffUser);
    const user = await repository.findOneByOrFail({ id: actor.userId });
    const enrolment = this.totp.startEnrolment(user.email);
    await updateKeepingVersion(this.dataSource.manager, StaffUser, user.id, {
      mfaPendingSecret: enrolment.encryptedSecret,
    });
    return { secret: enrolment.secret, otpauthUri: enrolment.otpauthUri };
  }

  confirmMfaEnrolment(actor: Actor, code: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(StaffUser, {
        where: { id: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user.mfaPendingSecret) throw new NoPendingEnrolmentError();
      const step = this.totp.verify(user.mfaPendingSecret, code, null);
      if (step === null) throw new InvalidMfaCodeError();
      await updateKeepingVersion(manager, StaffUser, user.id, {
        mfaSecret: user.mfaPendingSecret,
        mfaPendingSecret: null,
        mfaEnabledAt: this.clock.now(),
        mfaLastTimeStep: step,
      });
      // The session that proved the second factor may now go beyond its own session routes.
      await manager.update(StaffSession, { id: actor.sessionId }, { mfaSatisfied: true });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.MfaEnrolled,
        entityType: 'staff_user',
        entityId: user.id,
        changedFields: ['mfaSecret'],
      });
    });
  }

  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.dataSource.getRepository(StaffUser).findOneByOrFail({ id: actor.userId });
    if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) throw new InvalidCredentialsError();
    const problem = passwordProblem(dto.newPassword, user.email);
    if (problem) throw new WeakPasswordError('newPassword', problem);
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await updateKeepingVersion(manager, StaffUser, user.id, { passwordHash });
      // Other sessions may belong to whoever knew the old password.
      await this.sessions.revokeAllOf(manager, user.id, 'password_changed');
      await manager.update(StaffSession, { id: actor.sessionId }, { revokedAt: null, revokedReason: null });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'staff_user',
        entityId: user.id,
        changedFields: ['password'],
      });
    });
  }
}
